package dev.slidejar.style.internal;

import java.util.List;
import java.util.Map;

/**
 * Slidev 53's UnoCSS shortcuts (from {@code @slidev/client/uno.config.ts}): a name standing for a list of
 * utilities, emitted together under the name's selector in the {@code shortcuts} layer.
 * {@code container} (preset-wind3's own shortcut) is handled by {@link StyleSheetBuilder}.
 */
final class Shortcuts {
    private static final Map<String, String> SLIDEV = Map.ofEntries(
            Map.entry("bg-main", "bg-white dark:bg-[#121212]"),
            Map.entry("bg-active", "bg-gray-400/10"),
            Map.entry("border-main", "border-gray/20"),
            Map.entry("text-main", "text-[#181818] dark:text-[#ddd]"),
            Map.entry("text-primary", "color-$slidev-theme-primary"),
            Map.entry("bg-primary", "bg-$slidev-theme-primary"),
            Map.entry("border-primary", "border-$slidev-theme-primary"),
            Map.entry("abs-tl", "absolute top-0 left-0"),
            Map.entry("abs-tr", "absolute top-0 right-0"),
            Map.entry("abs-b", "absolute bottom-0 left-0 right-0"),
            Map.entry("abs-bl", "absolute bottom-0 left-0"),
            Map.entry("abs-br", "absolute bottom-0 right-0"),
            Map.entry("z-drawing", "z-10"),
            Map.entry("z-camera", "z-15"),
            Map.entry("z-dragging", "z-18"),
            Map.entry("z-menu", "z-20"),
            Map.entry("z-label", "z-40"),
            Map.entry("z-nav", "z-50"),
            Map.entry("z-context-menu", "z-60"),
            Map.entry("z-modal", "z-70"),
            Map.entry("z-focus-indicator", "z-200"),
            Map.entry("slidev-glass-effect", "shadow-xl backdrop-blur-8 border border-main bg-main bg-opacity-75!"));

    private Shortcuts() {
    }

    /**
     * The utilities a shortcut stands for, shortcuts among them expanded in turn (a variant written before a
     * nested shortcut goes onto each of its utilities), or null when the name is no shortcut.
     */
    static List<String> expand(String name, VariantParser parser) {
        return expand(name, parser, 5);
    }

    private static List<String> expand(String name, VariantParser parser, int depth) {
        String value = SLIDEV.get(name);
        if (value == null || depth == 0) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : new java.util.LinkedHashSet<>(List.of(value.split(" ")))) {
            String body = parser.parse(part).body();
            List<String> nested = expand(body, parser, depth - 1);
            if (nested == null) {
                out.add(part);
                continue;
            }
            String variants = part.substring(0, part.lastIndexOf(body));
            nested.forEach(item -> out.add(variants + item));
        }
        return out;
    }
}
