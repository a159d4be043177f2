package dev.slidejar.style.internal;

import java.util.List;
import java.util.regex.Matcher;

/** Position, inset, z-index, display, overflow, white-space, object-fit/position, columns, cursor, vertical-align. */
final class LayoutRules {
    private static final List<String> OVERFLOWS = List.of("auto", "hidden", "clip", "visible", "scroll", "overlay",
            "inherit", "initial", "revert", "revert-layer", "unset");
    private static final List<String> WHITESPACES = List.of("normal", "nowrap", "pre", "pre-line", "pre-wrap",
            "break-spaces", "inherit", "initial", "revert", "revert-layer", "unset");
    private static final java.util.Map<String, String> VERTICAL = java.util.Map.ofEntries(
            java.util.Map.entry("mid", "middle"), java.util.Map.entry("base", "baseline"),
            java.util.Map.entry("btm", "bottom"), java.util.Map.entry("baseline", "baseline"),
            java.util.Map.entry("top", "top"), java.util.Map.entry("start", "top"),
            java.util.Map.entry("middle", "middle"), java.util.Map.entry("bottom", "bottom"),
            java.util.Map.entry("end", "bottom"), java.util.Map.entry("text-top", "text-top"),
            java.util.Map.entry("text-bottom", "text-bottom"), java.util.Map.entry("sub", "sub"),
            java.util.Map.entry("super", "super"), java.util.Map.entry("inherit", "inherit"),
            java.util.Map.entry("initial", "initial"), java.util.Map.entry("revert", "revert"),
            java.util.Map.entry("revert-layer", "revert-layer"), java.util.Map.entry("unset", "unset"));

    private LayoutRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(23, "^(?:position-|pos-)?(relative|absolute|fixed|sticky)$", (m, t) -> Rule.one("position", m.group(1))),
                Rule.of(24, "^(?:position-|pos-)([-\\w]+)$", (m, t) -> Rule.one("position", Values.global(m.group(1)))),
                Rule.of(25, "^(?:position-|pos-)?(static)$", (m, t) -> Rule.one("position", m.group(1))),
                Rule.of(26, "^(?:position-|pos-)?inset-(.+)$", (m, t) -> Rule.one("inset", inset(m.group(1), t))),
                Rule.of(27, "^(?:position-|pos-)?(start|end)-(.+)$", LayoutRules::insets),
                Rule.of(28, "^(?:position-|pos-)?inset-([xy])-(.+)$", LayoutRules::insets),
                Rule.of(29, "^(?:position-|pos-)?inset-([rltbse])-(.+)$", LayoutRules::insets),
                Rule.of(30, "^(?:position-|pos-)?inset-(block|inline)-(.+)$", LayoutRules::insets),
                Rule.of(31, "^(?:position-|pos-)?inset-([bi][se])-(.+)$", LayoutRules::insets),
                Rule.of(32, "^(?:position-|pos-)?(top|left|right|bottom)-(.+)$",
                        (m, t) -> Rule.one(m.group(1), inset(m.group(2), t))),
                Rule.of(43, "^(?:position-|pos-)?z([\\d.]+)$", (m, t) -> Rule.one("z-index", Values.number(m.group(1)))),
                Rule.of(44, "^(?:position-|pos-)?z-(.+)$", (m, t) -> {
                    String v = t.get("zIndex", m.group(1));
                    return Rule.one("z-index", v != null ? v : Values.first(m.group(1), Values::bracket,
                            Values::cssvar, Values::global, Values::auto, Values::number));
                }),
                Rule.of(45, "^order-(.+)$", (m, t) -> Rule.one("order",
                        Values.first(m.group(1), Values::bracket, Values::cssvar, Values::number))),
                Rule.of(107, "^display-(.+)$", (m, t) -> Rule.one("display",
                        Values.first(m.group(1), Values::bracket, Values::cssvar, Values::global))),
                Rule.of(190, "^cursor-(.+)$", (m, t) -> Rule.one("cursor",
                        Values.first(m.group(1), Values::bracket, Values::cssvar, Values::global))),
                Rule.of(290, "^columns-(.+)$", (m, t) -> {
                    String v = t.get("containers", m.group(1));
                    return Rule.one("columns", v != null ? v : Values.first(m.group(1), Values::bracket,
                            Values::numberWithUnit, Values::number, Values::cssvar));
                }),
                Rule.of(726, "^(?:overflow|of)-(.+)$",
                        (m, t) -> OVERFLOWS.contains(m.group(1)) ? Rule.one("overflow", m.group(1)) : null),
                Rule.of(727, "^(?:overflow|of)-([xy])-(.+)$", (m, t) -> OVERFLOWS.contains(m.group(2))
                        ? Rule.one("overflow-" + m.group(1), m.group(2)) : null),
                Rule.of(763, "^(?:whitespace-|ws-)([-\\w]+)$",
                        (m, t) -> WHITESPACES.contains(m.group(1)) ? Rule.one("white-space", m.group(1)) : null),
                Rule.of(877, "^object-(.+)$", (m, t) -> Rule.one("object-position", Directions.POSITIONS.get(m.group(1)))),
                Rule.of(906, "^(?:vertical|align|v)-(.+)$", (m, t) -> {
                    String v = VERTICAL.get(m.group(1));
                    return Rule.one("vertical-align", v != null ? v
                            : Values.first(m.group(1), Values::bracket, Values::cssvar, Values::numberWithUnit));
                }));
    }

    private static String inset(String v, Theme t) {
        String s = t.get("spacing", v);
        return s != null ? s : Values.first(v, Values::bracket, Values::cssvar, Values::global, Values::auto,
                Values::fraction, Values::rem);
    }

    private static List<Decl> insets(Matcher m, Theme t) {
        String r = inset(m.group(2), t);
        List<String> suffixes = Directions.INSETS.get(m.group(1));
        if (r == null || suffixes == null) {
            return null;
        }
        return suffixes.stream().map(s -> Decl.of(s.substring(1), r)).toList();
    }
}
