package dev.slidejar.style.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pseudo-class and pseudo-element variants of UnoCSS (rule-utils {@code PseudoClasses}), in their order: the
 * position is the sort rank of the rule among rules of the same index, so {@code hover:} comes before
 * {@code focus:}.
 */
final class PseudoClasses {
    private static final String PLACEHOLDER = "__pseudo_placeholder__";
    private static final Map<String, String> SELECTORS = selectors();
    private static final List<String> KEYS = List.copyOf(SELECTORS.keySet());

    /** Every name, longest first, as a regex alternation. */
    static final String ALTERNATION = alternation(KEYS);
    /** The names that are pseudo-classes (not elements), longest first. */
    static final String CLASS_ALTERNATION = alternation(KEYS.stream().filter(k -> !SELECTORS.get(k).startsWith("::")).toList());

    private PseudoClasses() {
    }

    static String selector(String name, String argument) {
        String pseudo = SELECTORS.get(name);
        return argument != null ? pseudo.replace(PLACEHOLDER, argument) : pseudo;
    }

    static int sortIndex(String name) {
        return KEYS.indexOf(name);
    }

    private static String alternation(List<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, String> selectors() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("first-letter", "::first-letter");
        map.put("first-line", "::first-line");
        for (String name : List.of("any-link", "link", "visited", "target")) {
            map.put(name, ":" + name);
        }
        map.put("open", ":is([open],:popover-open,:open)");
        for (String name : List.of("default", "checked", "indeterminate", "placeholder-shown", "autofill", "optional",
                "required", "valid", "invalid", "user-valid", "user-invalid", "in-range", "out-of-range", "read-only",
                "read-write", "empty", "focus-within", "hover", "focus", "focus-visible", "active", "enabled",
                "disabled", "popover-open", "root")) {
            map.put(name, ":" + name);
        }
        map.put("even-of-type", ":nth-of-type(even)");
        map.put("even", ":nth-child(even)");
        map.put("odd-of-type", ":nth-of-type(odd)");
        map.put("odd", ":nth-child(odd)");
        map.put("nth", ":nth-child(" + PLACEHOLDER + ")");
        map.put("nth-last", ":nth-last-child(" + PLACEHOLDER + ")");
        map.put("nth-last-of-type", ":nth-last-of-type(" + PLACEHOLDER + ")");
        map.put("nth-of-type", ":nth-of-type(" + PLACEHOLDER + ")");
        map.put("first-of-type", ":first-of-type");
        map.put("first", ":first-child");
        map.put("last-of-type", ":last-of-type");
        map.put("last", ":last-child");
        map.put("only-child", ":only-child");
        map.put("only-of-type", ":only-of-type");
        map.put("backdrop-element", "::backdrop");
        map.put("placeholder", "::placeholder");
        map.put("before", "::before");
        map.put("after", "::after");
        map.put("file", "::file-selector-button");
        map.put("details-content", "::details-content");
        return map;
    }
}
