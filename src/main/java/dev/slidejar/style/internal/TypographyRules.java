package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Font size (with the theme's line heights), text colour, weight, line height, letter and word spacing, font
 * family, text shadow, indent and decoration: {@code text-xl text-[1.1rem] text-red-500/50 font-500 leading-6}.
 */
final class TypographyRules {
    private TypographyRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(901, "^indent(?:-(.+))?$", (m, t) -> {
                    String s = m.group(1);
                    String v = t.get("textIndent", s == null ? "DEFAULT" : s);
                    return Rule.one("text-indent", v != null ? v : Values.first(s, Values::bracket, Values::cssvar,
                            Values::global, Values::fraction, Values::rem));
                }),
                Rule.of(907, "^text-(.+)$", (m, t) -> text(m.group(1), t)),
                Rule.of(908, "^(?:text|font)-size-(.+)$", (m, t) -> size(m.group(1), t)),
                Rule.of(909, "^text-(?:color-)?(.+)$", (m, t) -> {
                    if (isMath(Values.bracket(m.group(1)))) {
                        return size(m.group(1), t);
                    }
                    return ColorValue.resolve(m.group(1), t, "color", "text");
                }),
                Rule.of(910, "^(?:color|c)-(.+)$", (m, t) -> ColorValue.resolve(m.group(1), t, "color", "text")),
                Rule.of(911, "^(?:text|color|c)-(.+)$", (m, t) -> Rule.one("color", Values.global(m.group(1)))),
                Rule.of(912, "^(?:text|color|c)-op(?:acity)?-?(.+)$", (m, t) -> Rule.one("--un-text-opacity",
                        Values.first(m.group(1), Values::bracket, Values::percent, Values::cssvar))),
                Rule.of(913, "^(?:font|fw)-?([^-]+)$", (m, t) -> {
                    String v = t.get("fontWeight", m.group(1));
                    return Rule.one("font-weight", v != null ? v
                            : Values.first(m.group(1), Values::bracket, Values::global, Values::number));
                }),
                Rule.of(914, "^(?:font-)?(?:leading|lh|line-height)-(.+)$",
                        (m, t) -> Rule.one("line-height", byKey(m.group(1), t, "lineHeight"))),
                Rule.of(920, "^(?:font-)?tracking-(.+)$",
                        (m, t) -> Rule.one("letter-spacing", byKey(m.group(1), t, "letterSpacing"))),
                Rule.of(921, "^(?:font-)?word-spacing-(.+)$",
                        (m, t) -> Rule.one("word-spacing", byKey(m.group(1), t, "wordSpacing"))),
                Rule.of(932, "^font-(.+)$", (m, t) -> {
                    String v = t.get("fontFamily", m.group(1));
                    return Rule.one("font-family", v != null && !v.isEmpty() ? v
                            : Values.first(m.group(1), Values::bracket, Values::cssvar, Values::global));
                }),
                Rule.of(963, "^(?:decoration-)?(underline|overline|line-through)$",
                        (m, t) -> Rule.one("text-decoration-line", m.group(1))),
                Rule.of(997, "^text-shadow(?:-(.+))?$", TypographyRules::textShadow));
    }

    private static boolean isMath(String v) {
        return v != null && v.matches("^(calc|clamp|min|max)\\s*\\((.+)\\)(.*)");
    }

    private static String byKey(String s, Theme t, String key) {
        String v = t.get(key, s);
        return v != null && !v.isEmpty() ? v
                : Values.first(s, Values::bracket, Values::cssvar, Values::global, Values::rem);
    }

    private static List<Decl> size(String s, Theme t) {
        String v = t.get("fontSize", s);
        return Rule.one("font-size", v != null ? v
                : Values.first(s, Values::bracket, Values::cssvar, Values::global, Values::rem));
    }

    /** {@code text-<size>[/<leading>]}: a theme size brings its line height, a number is quarter rem. */
    private static List<Decl> text(String s, Theme t) {
        String[] split = Shorthand.split(s, "length");
        if (split == null) {
            return null;
        }
        String size = split[0];
        String leading = split[1];
        List<String> pair = t.list("fontSize", size);
        String lineHeight = leading != null ? byKey(leading, t, "lineHeight") : null;
        if (!pair.isEmpty()) {
            List<Decl> decls = new ArrayList<>();
            decls.add(Decl.of("font-size", pair.get(0)));
            decls.add(Decl.of("line-height", lineHeight != null ? lineHeight : pair.size() > 1 ? pair.get(1) : "1"));
            if (pair.size() > 2) {
                decls.add(Decl.of("letter-spacing", byKey(pair.get(2), t, "letterSpacing")));
            }
            return decls;
        }
        String fontSize = Values.first(size, Values::bracketOfLength, Values::rem);
        if (lineHeight != null && fontSize != null) {
            return List.of(Decl.of("font-size", fontSize), Decl.of("line-height", lineHeight));
        }
        return Rule.one("font-size", Values.first(s, Values::bracketOfLength, Values::rem));
    }

    private static List<Decl> textShadow(Matcher m, Theme t) {
        String s = m.group(1);
        List<String> v = t.list("textShadow", s == null ? "DEFAULT" : s);
        if (!v.isEmpty()) {
            return List.of(Decl.of("--un-text-shadow", Shadows.colorable(v, "--un-text-shadow-color")),
                    Decl.of("text-shadow", "var(--un-text-shadow)"));
        }
        return Rule.one("text-shadow", Values.first(s, Values::bracket, Values::cssvar, Values::global));
    }
}
