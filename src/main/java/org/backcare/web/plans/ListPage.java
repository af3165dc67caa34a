package org.backcare.web.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list, as every list in the API answers: {@code items}, {@code offset}, {@code limit}, {@code total}. */
final class ListPage {
    private ListPage() {
    }

    static <T> Map<String, Object> of(List<T> all, int offset, int limit, Function<T, ?> describe) {
        var page = new LinkedHashMap<String, Object>();
        page.put("items", all.stream().skip(offset).limit(limit).map(describe).toList());
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("total", all.size());
        return page;
    }
}
