package dev.slidejar.style.internal;

import java.util.List;
import java.util.regex.Matcher;

/** Width, height and their min/max, block/inline sizes, aspect ratio: {@code w-1/2 h-screen max-w-md aspect-video}. */
final class SizingRules {
    private SizingRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(108, "^(?:size-)?aspect-(?:ratio-)?(.+)$", (m, t) -> Rule.one("aspect-ratio", aspect(m.group(1)))),
                Rule.of(109, "^size-(min-|max-)?(.+)$", (m, t) -> {
                    String mm = Rule.groupOrEmpty(m, 1);
                    return List.of(Decl.of(mm + "width", value(mm, "w", m.group(2), t)),
                            Decl.of(mm + "height", value(mm, "h", m.group(2), t)));
                }),
                Rule.of(110, "^(?:size-)?(min-|max-)?([wh])-?(.+)$", SizingRules::size),
                Rule.of(111, "^(?:size-)?(min-|max-)?(block|inline)-(.+)$", SizingRules::size),
                Rule.of(112, "^(?:size-)?(min-|max-)?(h)-screen-(.+)$", (m, t) -> Rule.one(
                        property(Rule.groupOrEmpty(m, 1), "h"), t.get("verticalBreakpoints", m.group(3)))),
                Rule.of(113, "^(?:size-)?(min-|max-)?(w)-screen-(.+)$", (m, t) -> Rule.one(
                        property(Rule.groupOrEmpty(m, 1), "w"), t.get("breakpoints", m.group(3)))));
    }

    private static List<Decl> size(Matcher m, Theme t) {
        String mm = Rule.groupOrEmpty(m, 1);
        return List.of(Decl.of(property(mm, m.group(2)), value(mm, m.group(2), m.group(3), t)));
    }

    private static String property(String minmax, String hw) {
        return minmax + switch (hw) {
            case "h" -> "height";
            case "w" -> "width";
            case "inline" -> "inline-size";
            default -> "block-size";
        };
    }

    private static String value(String minmax, String hw, String prop, Theme t) {
        String key = java.util.regex.Pattern.compile("-(\\w)").matcher(property(minmax, hw))
                .replaceAll(r -> r.group(1).toUpperCase(java.util.Locale.ROOT));
        String v = t.get(key, prop);
        if (v != null) {
            return v;
        }
        return switch (prop) {
            case "fit", "max", "min" -> prop + "-content";
            case "stretch" -> "stretch";
            default -> Values.first(prop, Values::bracket, Values::cssvar, Values::global, Values::auto,
                    Values::fraction, Values::rem);
        };
    }

    private static String aspect(String prop) {
        if (prop.matches("^\\d+/\\d+$")) {
            return prop;
        }
        return switch (prop) {
            case "square" -> "1/1";
            case "video" -> "16/9";
            default -> Values.first(prop, Values::bracket, Values::cssvar, Values::global, Values::auto, Values::number);
        };
    }
}
