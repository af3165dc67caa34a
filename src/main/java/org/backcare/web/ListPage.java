package org.backcare.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list, as every list in the API answers: {@code items}, {@code offset}, {@code limit}, {@code total}. */
public final class ListPage {
    private ListPage() {
    }

    /** The page of the whole list that offset and limit ask for, each item described. */
    public static <T> Map<String, Object> of(List<T> all, int offset, int limit, Function<T, ?> describe) {
        return of(all.stream().skip(offset).limit(limit).map(describe).toList(), offset, limit, all.size());
    }

    /** A page already cut out of a list of {@code total} items, for example by the database. */
    public static Map<String, Object> of(List<?> items, int offset, int limit, int total) {
        var page = new LinkedHashMap<String, Object>();
        page.put("items", items);
        page.put("offset", offset);
        page.put("limit", limit);
        page.put("total", total);
        return page;
    }
}
