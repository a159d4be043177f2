package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays rules out as UnoCSS's {@code generate} does: layers (preflights, shortcuts, default) each under a
 * {@code /* layer: name *}{@code /} comment; in a layer, rules outside at-rules first, then each at-rule by rank;
 * in a group, rules by rule index, variant sort, selector and body, rules with the same body merged into one
 * with their selectors joined by {@code ",\n"}.
 */
public final class StyleSheet {
    private static final Map<String, Integer> LAYER_ORDER = Map.of("preflights", -100, "shortcuts", -10, "default", 0);

    private StyleSheet() {
    }

    static String render(List<CssRule> rules, String preflight) {
        List<String> layers = new ArrayList<>(new LinkedHashSet<>(rules.stream().map(CssRule::layer).toList()));
        if (preflight != null && !layers.contains("preflights")) {
            layers.add("preflights");
        }
        if (!layers.contains("default")) {
            layers.add("default");
        }
        layers.sort(Comparator.<String>comparingInt(l -> LAYER_ORDER.getOrDefault(l, 0)).thenComparing(Collation.LOCALE_COMPARE));
        List<String> out = new ArrayList<>();
        for (String layer : layers) {
            String css = layer.equals("preflights") ? preflight : layer(rules, layer);
            if (css != null && !css.isEmpty()) {
                out.add("/* layer: " + layer + " */\n" + css);
            }
        }
        return String.join("\n", out);
    }

    private static String layer(List<CssRule> rules, String layer) {
        Map<String, Integer> parentOrders = new HashMap<>();
        Map<String, List<CssRule>> byParent = new TreeMap<>();
        for (CssRule r : rules) {
            String parent = r.parent() == null ? "" : r.parent();
            if (r.parentOrder() != null) {
                parentOrders.put(parent, r.parentOrder());
            }
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(r);
        }
        List<String> parents = new ArrayList<>(byParent.keySet());
        parents.sort(Comparator.<String>comparingInt(p -> parentOrders.getOrDefault(p, 0)).thenComparing(Collation.LOCALE_COMPARE));
        List<String> blocks = new ArrayList<>();
        for (String parent : parents) {
            List<CssRule> items = byParent.get(parent).stream().filter(r -> r.layer().equals(layer)).toList();
            if (items.isEmpty()) {
                continue;
            }
            String css = group(items);
            blocks.add(parent.isEmpty() ? css : wrap(parent, css));
        }
        return String.join("\n", blocks);
    }

    private static String wrap(String parent, String css) {
        String[] parts = parent.split(" \\$\\$ ");
        return String.join("{", parts) + "{\n" + css + "\n" + "}".repeat(parts.length);
    }

    private static String group(List<CssRule> items) {
        List<CssRule> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(CssRule::index).thenComparingInt(CssRule::sort)
                .thenComparing(r -> r.selector() == null ? "" : r.selector(), Collation.LOCALE_COMPARE)
                .thenComparing(CssRule::body, Collation.LOCALE_COMPARE));
        // rules with the same body merge into the first of them (in order), unless a variant forbids it
        Map<String, List<CssRule>> merged = new HashMap<>();
        List<List<CssRule>> lines = new ArrayList<>();
        for (CssRule r : sorted) {
            List<CssRule> target = r.noMerge() ? null : merged.get(r.body());
            if (target != null) {
                target.add(r);
                continue;
            }
            List<CssRule> line = new ArrayList<>(List.of(r));
            if (!r.noMerge()) {
                merged.put(r.body(), line);
            }
            lines.add(line);
        }
        List<String> texts = new ArrayList<>();
        for (List<CssRule> line : lines) {
            List<String> selectors = line.stream()
                    .sorted(Comparator.comparingInt(CssRule::sort).thenComparing(
                            r -> r.selector() == null ? "" : r.selector(), Collation.LOCALE_COMPARE))
                    .map(CssRule::selector).filter(s -> s != null && !s.isEmpty()).distinct().toList();
            String body = line.get(0).body();
            texts.add(selectors.isEmpty() ? body : String.join(",\n", selectors) + "{" + body + "}");
        }
        // identical lines: the last one stays
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = texts.size() - 1; i >= 0; i--) {
            unique.add(texts.get(i));
        }
        List<String> ordered = new ArrayList<>(unique);
        java.util.Collections.reverse(ordered);
        return String.join("\n", ordered);
    }
}
