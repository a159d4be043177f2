package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Transforms: {@code origin-left translate-x-1/2 -rotate-10 scale-90 skew-y-3}, all composed through CSS variables. */
final class TransformRules {
    static final String TRANSFORM = "translateX(var(--un-translate-x)) translateY(var(--un-translate-y)) "
            + "translateZ(var(--un-translate-z)) rotate(var(--un-rotate)) rotateX(var(--un-rotate-x)) "
            + "rotateY(var(--un-rotate-y)) rotateZ(var(--un-rotate-z)) skewX(var(--un-skew-x)) skewY(var(--un-skew-y)) "
            + "scaleX(var(--un-scale-x)) scaleY(var(--un-scale-y)) scaleZ(var(--un-scale-z))";

    private TransformRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(152, "^(?:transform-)?origin-(.+)$", (m, t) -> {
                    String p = Directions.POSITIONS.get(m.group(1));
                    return Rule.one("transform-origin", p != null ? p
                            : Values.first(m.group(1), Values::bracket, Values::cssvar));
                }),
                Rule.of(155, "^(?:transform-)?translate-()(.+)$", TransformRules::translate),
                Rule.of(156, "^(?:transform-)?translate-([xyz])-(.+)$", TransformRules::translate),
                Rule.of(157, "^(?:transform-)?rotate-()(.+)$", TransformRules::rotate),
                Rule.of(158, "^(?:transform-)?rotate-([xyz])-(.+)$", TransformRules::rotate),
                Rule.of(159, "^(?:transform-)?skew-()(.+)$", (m, t) -> xyz(m, degree(m.group(2)), "skew")),
                Rule.of(160, "^(?:transform-)?skew-([xy])-(.+)$", (m, t) -> xyz(m, degree(m.group(2)), "skew")),
                Rule.of(161, "^(?:transform-)?scale-()(.+)$", (m, t) -> xyz(m, scale(m.group(2)), "scale")),
                Rule.of(162, "^(?:transform-)?scale-([xyz])-(.+)$", (m, t) -> xyz(m, scale(m.group(2)), "scale")));
    }

    private static String degree(String s) {
        return Values.first(s, Values::bracket, Values::cssvar, Values::degree);
    }

    private static String scale(String s) {
        return Values.first(s, Values::bracket, Values::cssvar, Values::fraction, Values::percent);
    }

    private static List<Decl> translate(Matcher m, Theme t) {
        String v = t.get("spacing", m.group(2));
        if (v == null) {
            v = Values.first(m.group(2), Values::bracket, Values::cssvar, Values::fraction, Values::rem);
        }
        return xyz(m, v, "translate");
    }

    /** UnoCSS's transformXYZ: one axis, both x and y, or comma-separated values per axis. */
    private static List<Decl> xyz(Matcher m, String v, String name) {
        if (v == null) {
            return null;
        }
        String d = Rule.groupOrEmpty(m, 1);
        List<Decl> decls = new ArrayList<>();
        String[] values = v.split(",(?![^()]*\\))", -1);
        if (!d.isEmpty() || values.length == 1) {
            List<String> axes = d.isEmpty() ? List.of("-x", "-y") : List.of("-" + d);
            axes.forEach(a -> decls.add(Decl.of("--un-" + name + a, v)));
        } else {
            String[] axes = {"x", "y", "z"};
            for (int i = 0; i < values.length && i < 3; i++) {
                decls.add(Decl.of("--un-" + name + "-" + axes[i], values[i]));
            }
        }
        decls.add(Decl.of("transform", TRANSFORM));
        return decls;
    }

    private static List<Decl> rotate(Matcher m, Theme t) {
        String v = degree(m.group(2));
        if (v == null) {
            return null;
        }
        String d = Rule.groupOrEmpty(m, 1);
        if (!d.isEmpty()) {
            return List.of(Decl.of("--un-rotate", "0"), Decl.of("--un-rotate-" + d, v), Decl.of("transform", TRANSFORM));
        }
        return List.of(Decl.of("--un-rotate-x", "0"), Decl.of("--un-rotate-y", "0"), Decl.of("--un-rotate-z", "0"),
                Decl.of("--un-rotate", v), Decl.of("transform", TRANSFORM));
    }
}
