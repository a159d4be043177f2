package dev.slidejar.js;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JavaScript objects as ordered maps. JavaScript orders an object's keys with array indexes
 * ({@code "0"}, {@code "12"}) first, ascending, then the other keys in the order they were first set; spreading
 * ({@code {...a, ...b}}) keeps that rule. The maps returned here are unmodifiable and in that order.
 */
public final class JsObject {
    private static final long MAX_ARRAY_INDEX = 4294967294L;

    private JsObject() {
    }

    /** {@code {...first, ...second}}. */
    public static Map<String, Object> spread(Map<String, ?> first, Map<String, ?> second) {
        LinkedHashMap<String, Object> merged = new LinkedHashMap<>(first);
        merged.putAll(second);
        return ordered(merged);
    }

    /** The same entries in JavaScript's key order, unmodifiable (null values allowed). */
    public static Map<String, Object> ordered(Map<String, ?> map) {
        List<String> indexes = new ArrayList<>();
        for (String key : map.keySet()) {
            if (isArrayIndex(key)) {
                indexes.add(key);
            }
        }
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        if (!indexes.isEmpty()) {
            indexes.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
            for (String key : indexes) {
                out.put(key, map.get(key));
            }
        }
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    static boolean isArrayIndex(String key) {
        int len = key.length();
        if (len == 0 || len > 10 || (len > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }
}
