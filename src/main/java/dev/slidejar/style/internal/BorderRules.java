package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Border width, colour, opacity, style and radius: {@code border border-b-2 border-gray/20 border-dashed rounded-lg}. */
final class BorderRules {
    private static final List<String> STYLES = List.of("solid", "dashed", "dotted", "double", "hidden", "none",
            "groove", "ridge", "inset", "outset", "inherit", "initial", "revert", "revert-layer", "unset");
    private static final String[] DIRECTIONS = {"()", "([xy])", "([rltbse])", "(block|inline)", "([bi][se])"};

    private BorderRules() {
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String d = DIRECTIONS[i];
            rules.add(Rule.of(769 + i, "^(?:border|b)" + (i == 0 ? "()" : "-" + d) + "(?:-(.+))?$", BorderRules::size));
            rules.add(Rule.of(774 + i, "^(?:border|b)-" + d + (i == 0 ? "" : "-") + "(?:width|size)-(.+)$",
                    BorderRules::size));
            rules.add(Rule.of(779 + i, "^(?:border|b)-" + d + (i == 0 ? "" : "-") + "(?:color-)?(.+)$",
                    BorderRules::colorOrSize));
            rules.add(Rule.of(784 + i, "^(?:border|b)-" + d + (i == 0 ? "" : "-") + "op(?:acity)?-?(.+)$",
                    BorderRules::opacity));
            rules.add(Rule.of(794 + i, "^(?:border|b)-" + (i == 0 ? "(?:style-)?()" : d + "-(?:style-)?") + "(.+)$",
                    BorderRules::style));
        }
        String[] corners = {"()", "-([rltbse])", "-([rltb]{2})", "-([bise][se])", "-([bi][se]-[bi][se])"};
        for (int i = 0; i < corners.length; i++) {
            rules.add(Rule.of(789 + i, "^(?:border-|b-)?(?:rounded|rd)" + corners[i] + "(?:-(.+))?$", BorderRules::rounded));
        }
        return rules;
    }

    private static List<Decl> size(Matcher m, Theme t) {
        return width(Rule.groupOrEmpty(m, 1), m.group(2), t);
    }

    private static List<Decl> width(String a, String b, Theme t) {
        String v = t.get("lineWidth", b == null || b.isEmpty() ? "DEFAULT" : b);
        if (v == null) {
            v = Values.first(b == null || b.isEmpty() ? "1" : b, Values::bracket, Values::cssvar, Values::global, Values::px);
        }
        List<String> sides = Directions.SIDES.get(a);
        if (v == null || sides == null) {
            return null;
        }
        String value = v;
        return sides.stream().map(s -> Decl.of("border" + s + "-width", value)).toList();
    }

    private static List<Decl> colorOrSize(Matcher m, Theme t) {
        String a = Rule.groupOrEmpty(m, 1);
        String b = m.group(2);
        List<String> sides = Directions.SIDES.get(a);
        if (sides == null) {
            return null;
        }
        String bracket = Values.bracket(b);
        if (bracket != null && bracket.matches("^(calc|clamp|min|max)\\s*\\((.+)\\)(.*)")) {
            return width(a, b, t);
        }
        ColorValue c = ColorValue.parse(b, t);
        if (c == null || c.color() == null) {
            return null;
        }
        List<Decl> decls = new ArrayList<>();
        for (String side : sides) {
            decls.addAll(color(c, side));
        }
        return dedupe(decls);
    }

    /** {@code Object.assign} of several sides: a repeated property keeps its first position, last value. */
    private static List<Decl> dedupe(List<Decl> decls) {
        java.util.LinkedHashMap<String, String> map = new java.util.LinkedHashMap<>();
        decls.forEach(d -> map.put(d.property(), d.value()));
        return map.entrySet().stream().map(e -> Decl.of(e.getKey(), e.getValue())).toList();
    }

    private static List<Decl> color(ColorValue c, String side) {
        if (c.alpha() != null) {
            return List.of(Decl.of("border" + side + "-color", c.toCss(c.alpha())));
        }
        String opacity = c.parsed() != null ? c.parsed().opacity() : "1";
        if (side.isEmpty()) {
            String value = c.toCss("var(--un-border-opacity)");
            return value.contains("--un-border-opacity")
                    ? List.of(Decl.of("--un-border-opacity", opacity), Decl.of("border-color", value))
                    : List.of(Decl.of("border-color", value));
        }
        String directionVar = "--un-border" + side + "-opacity";
        String value = c.toCss("var(" + directionVar + ")");
        if (value.contains(directionVar)) {
            return List.of(Decl.of("--un-border-opacity", opacity), Decl.of(directionVar, "var(--un-border-opacity)"),
                    Decl.of("border" + side + "-color", value));
        }
        return List.of(Decl.of("border" + side + "-color", value));
    }

    private static List<Decl> opacity(Matcher m, Theme t) {
        String v = Values.first(m.group(2), Values::bracket, Values::percent, Values::cssvar);
        List<String> sides = Directions.SIDES.get(Rule.groupOrEmpty(m, 1));
        return v == null || sides == null ? null
                : sides.stream().map(s -> Decl.of("--un-border" + s + "-opacity", v)).toList();
    }

    private static List<Decl> style(Matcher m, Theme t) {
        String s = m.group(2);
        List<String> sides = Directions.SIDES.get(Rule.groupOrEmpty(m, 1));
        return !STYLES.contains(s) || sides == null ? null
                : sides.stream().map(d -> Decl.of("border" + d + "-style", s)).toList();
    }

    private static List<Decl> rounded(Matcher m, Theme t) {
        String s = m.group(2);
        String v = t.get("borderRadius", s == null || s.isEmpty() ? "DEFAULT" : s);
        if (v == null || v.isEmpty()) {
            v = Values.first(s == null || s.isEmpty() ? "1" : s, Values::bracket, Values::cssvar, Values::global,
                    Values::fraction, Values::rem);
        }
        List<String> corners = Directions.CORNERS.get(Rule.groupOrEmpty(m, 1));
        if (v == null || corners == null) {
            return null;
        }
        String value = v;
        return corners.stream().map(c -> Decl.of("border" + c + "-radius", value)).toList();
    }
}
