package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Animations: {@code animate-bounce} (with its {@code @keyframes}), {@code animate-duration-2s}, {@code animate-count-infinite}. */
final class AnimationRules {
    private static final List<String> GLOBALS = Values.GLOBAL_KEYWORDS;

    private AnimationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.utility(174, "^(?:animate-)?keyframes-(.+)$", (m, t) -> {
                    String kf = t.get("animation.keyframes", m.group(1));
                    return kf == null ? null : new Utility(List.of(Decl.of("animation", m.group(1))), "",
                            "@keyframes " + m.group(1) + kf);
                }),
                Rule.utility(175, "^animate-(.+)$", (m, t) -> {
                    String name = m.group(1);
                    String kf = t.get("animation.keyframes", name);
                    if (kf == null) {
                        List<Decl> d = Rule.one("animation", Values.first(name, Values::bracket, Values::cssvar));
                        return d == null ? null : Utility.of(d);
                    }
                    List<Decl> decls = new ArrayList<>();
                    decls.add(Decl.of("animation", name + " " + or(t.get("animation.durations", name), "1s") + " "
                            + or(t.get("animation.timingFns", name), "linear") + " "
                            + or(t.get("animation.counts", name), "1")));
                    for (Map.Entry<String, String> e : t.section("animation.properties." + name).entrySet()) {
                        decls.add(Decl.of(e.getKey(), e.getValue()));
                    }
                    return new Utility(decls, "", "@keyframes " + name + kf);
                }),
                Rule.of(176, "^animate-name-(.+)", (m, t) -> Rule.one("animation-name",
                        or(Values.first(m.group(1), Values::bracket, Values::cssvar), m.group(1)))),
                Rule.of(177, "^animate-duration-(.+)$", (m, t) -> Rule.one("animation-duration", time(m.group(1), t))),
                Rule.of(178, "^animate-delay-(.+)$", (m, t) -> Rule.one("animation-delay", time(m.group(1), t))),
                Rule.of(179, "^animate-ease(?:-(.+))?$", (m, t) -> {
                    String v = t.get("easing", m.group(1) == null ? "DEFAULT" : m.group(1));
                    return Rule.one("animation-timing-function",
                            v != null ? v : Values.first(m.group(1), Values::bracket, Values::cssvar));
                }),
                Rule.of(180, "^animate-(fill-mode-|fill-|mode-)?(.+)$", (m, t) -> keyword("animation-fill-mode",
                        m.group(1), m.group(2), List.of("none", "forwards", "backwards", "both"))),
                Rule.of(181, "^animate-(direction-)?(.+)$", (m, t) -> keyword("animation-direction",
                        m.group(1), m.group(2), List.of("normal", "reverse", "alternate", "alternate-reverse"))),
                Rule.of(182, "^animate-(?:iteration-count-|iteration-|count-)(.+)$", (m, t) -> Rule.one(
                        "animation-iteration-count", or(Values.first(m.group(1), Values::bracket, Values::cssvar),
                                m.group(1).replace('-', ',')))),
                Rule.of(183, "^animate-(play-state-|play-|state-)?(.+)$", (m, t) -> keyword("animation-play-state",
                        m.group(1), m.group(2), List.of("paused", "running"))));
    }

    private static List<Decl> keyword(String property, String prefix, String value, List<String> allowed) {
        boolean ok = allowed.contains(value) || (prefix != null && GLOBALS.contains(value));
        return ok ? Rule.one(property, value) : null;
    }

    private static String time(String d, Theme t) {
        String v = t.get("duration", d);
        return v != null ? v : Values.first(d, Values::bracket, Values::cssvar, Values::time);
    }

    private static String or(String v, String fallback) {
        return v != null ? v : fallback;
    }
}
