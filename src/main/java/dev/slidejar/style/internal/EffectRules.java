package dev.slidejar.style.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

/** Box shadow, filters and backdrop filters, transitions and animations. */
final class EffectRules {
    private static final String FILTER = "var(--un-blur) var(--un-brightness) var(--un-contrast) var(--un-drop-shadow) "
            + "var(--un-grayscale) var(--un-hue-rotate) var(--un-invert) var(--un-saturate) var(--un-sepia)";
    private static final String BACKDROP = "var(--un-backdrop-blur) var(--un-backdrop-brightness) "
            + "var(--un-backdrop-contrast) var(--un-backdrop-grayscale) var(--un-backdrop-hue-rotate) "
            + "var(--un-backdrop-invert) var(--un-backdrop-opacity) var(--un-backdrop-saturate) var(--un-backdrop-sepia)";

    private EffectRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(1072, "^shadow(?:-(.+))?$", EffectRules::shadow),
                Rule.of(1073, "^shadow-op(?:acity)?-?(.+)$", (m, t) -> Rule.one("--un-shadow-opacity",
                        Values.first(m.group(1), Values::bracket, Values::percent, Values::cssvar))),
                filter(1107, "^(?:(backdrop-)|filter-)?blur(?:-(.+))?$", "blur", (s, t) -> {
                    String v = t.get("blur", s == null ? "DEFAULT" : s);
                    return v != null && !v.isEmpty() ? v : Values.first(s, Values::bracket, Values::cssvar, Values::px);
                }),
                filter(1108, "^(?:(backdrop-)|filter-)?brightness-(.+)$", "brightness", EffectRules::percent),
                filter(1109, "^(?:(backdrop-)|filter-)?contrast-(.+)$", "contrast", EffectRules::percent),
                Rule.of(1110, "^(?:filter-)?drop-shadow(?:-(.+))?$", EffectRules::dropShadow),
                filter(1113, "^(?:(backdrop-)|filter-)?grayscale(?:-(.+))?$", "grayscale", EffectRules::percentOrOne),
                filter(1114, "^(?:(backdrop-)|filter-)?hue-rotate-(.+)$", "hue-rotate",
                        (s, t) -> Values.first(s, Values::bracket, Values::cssvar, Values::degree)),
                filter(1115, "^(?:(backdrop-)|filter-)?invert(?:-(.+))?$", "invert", EffectRules::percentOrOne),
                filter(1116, "^(backdrop-)op(?:acity)?-(.+)$", "opacity", EffectRules::percent),
                filter(1117, "^(?:(backdrop-)|filter-)?saturate-(.+)$", "saturate", EffectRules::percent),
                filter(1118, "^(?:(backdrop-)|filter-)?sepia(?:-(.+))?$", "sepia", EffectRules::percentOrOne),
                Rule.of(1133, "^transition(?:-(\\D+?))?(?:-(\\d+))?$", EffectRules::transition),
                Rule.of(1134, "^(?:transition-)?duration-(.+)$", (m, t) -> Rule.one("transition-duration", time(m, t))),
                Rule.of(1135, "^(?:transition-)?delay-(.+)$", (m, t) -> Rule.one("transition-delay", time(m, t))),
                Rule.of(1136, "^(?:transition-)?ease(?:-(.+))?$", (m, t) -> {
                    String v = t.get("easing", m.group(1) == null ? "DEFAULT" : m.group(1));
                    return Rule.one("transition-timing-function", v != null ? v
                            : Values.first(m.group(1), Values::bracket, Values::cssvar));
                }),
                Rule.of(1137, "^(?:transition-)?property-(.+)$", (m, t) -> {
                    String p = Values.global(m.group(1));
                    return Rule.one("transition-property", p != null ? p : transitionProperty(m.group(1), t));
                }));
    }

    private static String percent(String s, Theme t) {
        return Values.first(s, Values::bracket, Values::cssvar, Values::percent);
    }

    /** percentWithDefault: no value means 1; a percentage above 100% is refused. */
    private static String percentOrOne(String s, Theme t) {
        String v = Values.first(s == null ? "" : s, Values::bracket, Values::cssvar);
        if (v != null) {
            return v;
        }
        v = s != null && !s.isEmpty() ? Values.percent(s) : "1";
        return v != null && Double.parseDouble(v) <= 1 ? v : null;
    }

    private static Rule filter(int index, String regex, String name, BiFunction<String, Theme, String> resolver) {
        return Rule.of(index, regex, (m, t) -> {
            String s = m.group(2);
            String value = resolver.apply(s, t);
            if (value == null) {
                value = "none".equals(s) ? "0" : "";
            }
            if (value.isEmpty()) {
                return null;
            }
            if (m.group(1) != null) {
                return List.of(Decl.of("--un-backdrop-" + name, name + "(" + value + ")"),
                        Decl.of("-webkit-backdrop-filter", BACKDROP), Decl.of("backdrop-filter", BACKDROP));
            }
            return List.of(Decl.of("--un-" + name, name + "(" + value + ")"), Decl.of("filter", FILTER));
        });
    }

    private static List<Decl> shadow(Matcher m, Theme t) {
        String d = m.group(1);
        List<String> v = t.list("boxShadow", d == null ? "DEFAULT" : d);
        String c = d == null ? null : Values.first(d, Values::bracket, Values::cssvar);
        boolean colour = c != null && ColorValue.parse(c, t) != null && ColorValue.parse(c, t).color() != null;
        if ((!v.isEmpty() || c != null) && !colour) {
            return List.of(Decl.of("--un-shadow", Shadows.colorable(v.isEmpty() ? List.of(c) : v, "--un-shadow-color")),
                    Decl.of("box-shadow", "var(--un-ring-offset-shadow), var(--un-ring-shadow), var(--un-shadow)"));
        }
        return d == null ? null : ColorValue.resolve(d, t, "--un-shadow-color", "shadow");
    }

    private static List<Decl> dropShadow(Matcher m, Theme t) {
        String s = m.group(1);
        List<String> v = t.list("dropShadow", s == null ? "DEFAULT" : s);
        String value;
        if (!v.isEmpty()) {
            value = "drop-shadow(" + String.join(") drop-shadow(", Shadows.each(v, "--un-drop-shadow-color")) + ")";
        } else {
            String c = Values.first(s, Values::bracket, Values::cssvar);
            if (c == null) {
                return null;
            }
            value = "drop-shadow(" + c + ")";
        }
        return List.of(Decl.of("--un-drop-shadow", value), Decl.of("filter", FILTER));
    }

    private static String time(Matcher m, Theme t) {
        String d = m.group(1);
        String v = t.get("duration", d);
        return v != null ? v : Values.first(d, Values::bracket, Values::cssvar, Values::time);
    }

    private static String transitionProperty(String prop, Theme t) {
        String v = Values.cssvar(prop);
        if (v != null) {
            return v;
        }
        String p = prop.startsWith("[") && prop.endsWith("]") ? prop.substring(1, prop.length() - 1) : prop;
        StringBuilder out = new StringBuilder();
        for (String part : p.split(",", -1)) {
            String resolved = t.get("transitionProperty", part);
            if (resolved == null) {
                resolved = CSS_PROPERTIES.contains(part) ? part : null;
            }
            if (resolved == null) {
                return null;
            }
            out.append(out.length() > 0 ? "," : "").append(resolved);
        }
        return out.toString();
    }

    private static List<Decl> transition(Matcher m, Theme t) {
        String prop = m.group(1);
        String d = m.group(2);
        String ease = t.get("easing", "DEFAULT");
        if (prop == null && d == null) {
            return List.of(Decl.of("transition-property", t.get("transitionProperty", "DEFAULT")),
                    Decl.of("transition-timing-function", ease), Decl.of("transition-duration", t.get("duration", "DEFAULT")));
        }
        if (prop != null) {
            String p = transitionProperty(prop, t);
            String duration = t.get("duration", d == null ? "DEFAULT" : d);
            if (duration == null) {
                duration = Values.time(d == null ? "150" : d);
            }
            return p == null ? null : List.of(Decl.of("transition-property", p),
                    Decl.of("transition-timing-function", ease), Decl.of("transition-duration", duration));
        }
        String duration = t.get("duration", d);
        return List.of(Decl.of("transition-property", t.get("transitionProperty", "DEFAULT")),
                Decl.of("transition-timing-function", ease),
                Decl.of("transition-duration", duration != null ? duration : Values.time(d)));
    }

    private static final List<String> CSS_PROPERTIES = List.of("color", "border-color", "background-color",
            "outline-color", "text-decoration-color", "flex-grow", "flex", "flex-shrink", "grid", "grid-template-columns",
            "grid-template-rows", "caret-color", "font", "gap", "opacity", "visibility", "z-index", "font-weight", "zoom",
            "text-shadow", "transform", "box-shadow", "border", "background-position", "left", "right", "top", "bottom",
            "object-position", "max-height", "min-height", "max-width", "min-width", "height", "width", "border-width",
            "margin", "padding", "outline-width", "outline-offset", "font-size", "line-height", "text-indent",
            "vertical-align", "border-spacing", "letter-spacing", "word-spacing", "stroke", "filter", "backdrop-filter",
            "fill", "mask", "mask-size", "mask-border", "clip-path", "clip", "border-radius");
}
