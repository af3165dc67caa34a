package org.backcare.report;

import com.fasterxml.jackson.core.io.SerializedString;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backcare.knowledge.KnowledgeBase;

/**
 * What the knowledge base holds, found by walking its records: every string (ids, names, reasons, advice,
 * sources…) and every record of a kind, each ready to be written as JSON without encoding it again.
 */
final class KnowledgeTexts {
    private KnowledgeTexts() {}

    static Map<String, SerializedString> encoded(KnowledgeBase knowledge) {
        var texts = new HashMap<String, SerializedString>();
        walk(knowledge, value -> {
            if (value instanceof String text) {
                texts.computeIfAbsent(text, SerializedString::new);
            }
        });
        return texts;
    }

    /** Each record of the kind {@code type}, found by identity, with what {@code written} makes of it. */
    static <T> Map<Object, SerializedString> written(KnowledgeBase knowledge, Class<T> type,
            Function<T, String> written) {
        var records = new IdentityHashMap<Object, SerializedString>();
        walk(knowledge, value -> {
            if (type.isInstance(value)) {
                records.computeIfAbsent(value, r -> new SerializedString(written.apply(type.cast(r))));
            }
        });
        return records;
    }

    private static void walk(Object value, Consumer<Object> visit) {
        visit.accept(value);
        if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, visit));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> walk(item, visit));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> walk(item, visit));
        } else if (value instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                walk(read(component.getAccessor(), record), visit);
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
