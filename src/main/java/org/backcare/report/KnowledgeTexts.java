package org.backcare.report;

import com.fasterxml.jackson.core.io.SerializedString;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.backcare.knowledge.KnowledgeBase;

/**
 * Every string the knowledge base holds (ids, names, reasons, advice, sources…), found by walking its records, each
 * ready to be written as JSON without encoding it again.
 */
final class KnowledgeTexts {
    private KnowledgeTexts() {}

    static Map<String, SerializedString> encoded(KnowledgeBase knowledge) {
        var texts = new HashMap<String, SerializedString>();
        collect(knowledge, texts);
        return Map.copyOf(texts);
    }

    private static void collect(Object value, Map<String, SerializedString> texts) {
        if (value instanceof String text) {
            texts.computeIfAbsent(text, SerializedString::new);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, texts));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, texts));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> collect(item, texts));
        } else if (value instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                collect(read(component.getAccessor(), record), texts);
            }
        }
    }

    private static Object read(Method accessor, Record record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of the knowledge base", e);
        }
    }
}
