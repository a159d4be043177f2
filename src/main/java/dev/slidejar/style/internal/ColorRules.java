package dev.slidejar.style.internal;

import java.util.List;

/** Background colour and its opacity, element opacity, and the {@code -$var} / {@code [prop:value]} escapes. */
final class ColorRules {
    private static final java.util.Map<String, String> VARIABLE_PROPERTIES_MINI = java.util.Map.ofEntries(
            java.util.Map.entry("backface", "backface-visibility"), java.util.Map.entry("break", "word-break"),
            java.util.Map.entry("case", "text-transform"), java.util.Map.entry("content", "align-content"),
            java.util.Map.entry("fw", "font-weight"), java.util.Map.entry("items", "align-items"),
            java.util.Map.entry("justify", "justify-content"), java.util.Map.entry("select", "user-select"),
            java.util.Map.entry("self", "align-self"), java.util.Map.entry("vertical", "vertical-align"),
            java.util.Map.entry("visible", "visibility"), java.util.Map.entry("whitespace", "white-space"),
            java.util.Map.entry("ws", "white-space"));
    private static final java.util.Map<String, String> VARIABLE_PROPERTIES_WIND = java.util.Map.ofEntries(
            java.util.Map.entry("bg-blend", "background-blend-mode"),
            java.util.Map.entry("bg-clip", "-webkit-background-clip"),
            java.util.Map.entry("bg-gradient", "linear-gradient"), java.util.Map.entry("bg-image", "background-image"),
            java.util.Map.entry("bg-origin", "background-origin"),
            java.util.Map.entry("bg-position", "background-position"),
            java.util.Map.entry("bg-repeat", "background-repeat"), java.util.Map.entry("bg-size", "background-size"),
            java.util.Map.entry("mix-blend", "mix-blend-mode"), java.util.Map.entry("object", "object-fit"),
            java.util.Map.entry("object-position", "object-position"), java.util.Map.entry("write", "writing-mode"),
            java.util.Map.entry("write-orient", "text-orientation"));

    private ColorRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(0, "^(.+?)-(\\$.+)$", (m, t) -> variable(VARIABLE_PROPERTIES_MINI, m.group(1), m.group(2))),
                Rule.of(1, "^(.+?)-(\\$.+)$", (m, t) -> variable(VARIABLE_PROPERTIES_WIND, m.group(1), m.group(2))),
                Rule.of(2, "^\\[(.*)\\]$", (m, t) -> property(m.group(1))),
                Rule.of(799, "^bg-(.+)$", (m, t) -> background(m.group(1), t)),
                Rule.of(800, "^bg-op(?:acity)?-?(.+)$", (m, t) -> Rule.one("--un-bg-opacity",
                        Values.first(m.group(1), Values::bracket, Values::percent, Values::cssvar))),
                Rule.of(834, "^bg-([-\\w]{3,})$", (m, t) -> Rule.one("background-position",
                        Directions.POSITIONS.get(m.group(1)))),
                Rule.of(1028, "^op(?:acity)?-?(.+)$", (m, t) -> Rule.one("opacity",
                        Values.first(m.group(1), Values::bracket, Values::percent, Values::cssvar))));
    }

    private static List<Decl> variable(java.util.Map<String, String> properties, String name, String var) {
        String property = properties.get(name);
        return property == null ? null : Rule.one(property, Values.cssvar(var));
    }

    /** {@code [color:red]}: an arbitrary property (not a URL), its value as a bracket value. */
    private static List<Decl> property(String body) {
        int colon = body.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String prop = body.substring(0, colon);
        String value = body.substring(colon + 1);
        if (body.matches("^[a-z-]+://.*") || !prop.matches("^[\\w-]+$") || value.isEmpty()) {
            return null;
        }
        return Rule.one(prop, Values.bracket("[" + value + "]"));
    }

    private static List<Decl> background(String d, Theme t) {
        if (d.matches("^\\[url\\(.+\\)\\]$")) {
            return List.of(Decl.of("--un-url", Values.bracket(d)), Decl.of("background-image", "var(--un-url)"));
        }
        if (d.matches("^\\[(?:linear|conic|radial)-gradient\\(.+\\)\\]$") || d.matches("^\\[image:.+\\]$")) {
            String s = Values.bracket(d);
            if (s != null) {
                String c = s.startsWith("http") ? "url(" + s + ")" : Values.cssvar(s);
                return Rule.one("background-image", c != null ? c : s);
            }
        }
        return ColorValue.resolve(d, t, "background-color", "bg");
    }
}
