package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips variant prefixes off a token the way UnoCSS's {@code matchVariants} does: the variants are tried in the
 * preset's order, each (but the repeatable ones) at most once, with {@code :} or {@code -} as separator. Covers
 * negative, important, print, breakpoints ({@code sm:}, {@code lt-md:}, {@code at-lg:}, {@code <md:}), the
 * combinators ({@code all:}, {@code children:}, ...), pseudo-classes and elements, {@code group-}/{@code peer-}
 * pseudo, dark/light and Slidev's forward/backward.
 */
public final class VariantParser {
    private static final Pattern IMPORTANT = Pattern.compile("^(important[:-]|!)");
    private static final Pattern PRINT = Pattern.compile("^print[:-]");
    private static final Pattern COMBINATOR = Pattern.compile("^(all|children|next|siblings|sibling)[:-]");
    private static final Map<String, String> COMBINATORS =
            Map.of("all", " ", "children", ">", "next", "+", "sibling", "+", "siblings", "~");
    private static final Pattern PSEUDO = Pattern.compile("^(" + PseudoClasses.ALTERNATION + ")(?:-(\\d+))?[:-]");
    private static final Pattern TAGGED = Pattern.compile("^(group|peer|parent|previous)-(" + PseudoClasses.CLASS_ALTERNATION
            + ")[:-]");
    private static final Map<String, String> TAG_COMBINATORS = Map.of("group", " ", "peer", "~", "parent", ">",
            "previous", "+");
    private static final Map<String, String> PREFIX_VARIANTS = Map.of("dark", ".dark ", "light", ".light ",
            ".dark", ".dark ", ".light", ".light ", "forward", ".slidev-nav-go-forward ",
            "backward", ".slidev-nav-go-backward ");

    private final Theme theme;

    public VariantParser(Theme theme) {
        this.theme = theme;
    }

    public Candidate parse(String raw) {
        String rest = raw;
        List<Variant> variants = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        boolean applied = true;
        while (applied && variants.size() < 50) {
            applied = false;
            Step step = next(rest, used);
            if (step != null) {
                variants.add(step.variant());
                rest = step.rest();
                applied = true;
            }
        }
        return new Candidate(raw, variants, rest);
    }

    private record Step(Variant variant, String rest) {
    }

    private Step next(String s, java.util.Set<String> used) {
        if (!used.contains("negative") && s.startsWith("-") && s.length() > 1) {
            used.add("negative");
            return new Step(Variant.body(Variant.Body.NEGATIVE), s.substring(1));
        }
        if (!used.contains("important")) {
            Matcher m = IMPORTANT.matcher(s);
            String base = m.find() ? s.substring(m.end()) : s.endsWith("!") ? s.substring(0, s.length() - 1) : null;
            if (base != null && !base.isEmpty()) {
                used.add("important");
                return new Step(Variant.body(Variant.Body.IMPORTANT), base);
            }
        }
        Matcher print = PRINT.matcher(s);
        if (!used.contains("print") && print.find()) {
            used.add("print");
            return new Step(Variant.parent("@media print", null), s.substring(print.end()));
        }
        Step bp = breakpoint(s);
        if (bp != null) {
            return bp;
        }
        Matcher c = COMBINATOR.matcher(s);
        if (c.find()) {
            return new Step(Variant.selector(COMBINATORS.get(c.group(1)) + "*"), s.substring(c.end()));
        }
        Matcher p = PSEUDO.matcher(s);
        if (p.find()) {
            String pseudo = PseudoClasses.selector(p.group(1), p.group(2));
            return new Step(Variant.pseudo(pseudo, PseudoClasses.sortIndex(p.group(1))), s.substring(p.end()));
        }
        Matcher t = TAGGED.matcher(s);
        if (t.find()) {
            String pseudo = PseudoClasses.selector(t.group(2), null);
            return new Step(Variant.group("." + t.group(1) + pseudo + TAG_COMBINATORS.get(t.group(1)),
                    PseudoClasses.sortIndex(t.group(2))), s.substring(t.end()));
        }
        for (Map.Entry<String, String> e : PREFIX_VARIANTS.entrySet()) {
            String name = e.getKey();
            if (!used.contains(name) && (s.startsWith(name + ":") || s.startsWith(name + "-"))) {
                used.add(name);
                return new Step(Variant.prefix(e.getValue()), s.substring(name.length() + 1));
            }
        }
        return null;
    }

    /** {@code md:} → min-width, {@code lt-md:}/{@code <md:}/{@code max-md:} → max-width, {@code at-md:}/{@code ~md:} → range. */
    private Step breakpoint(String s) {
        List<Map.Entry<String, String>> points = new ArrayList<>(theme.section("breakpoints").entrySet());
        points.sort(java.util.Comparator.comparingInt(e -> Integer.parseInt(e.getValue().replaceAll("[a-zA-Z]+", ""))));
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i).getKey();
            Matcher m = Pattern.compile("^((?:([al]t-|[<~]|max-))?" + Pattern.quote(point) + "[:-])").matcher(s);
            if (!m.find()) {
                continue;
            }
            String rest = s.substring(m.end());
            if (rest.equals("container")) {
                continue;
            }
            String kind = m.group(2) == null ? "" : m.group(2);
            boolean lt = kind.equals("lt-") || kind.equals("<") || kind.equals("max-");
            boolean at = kind.equals("at-") || kind.equals("~");
            String size = points.get(i).getValue();
            String next = i + 1 < points.size() ? points.get(i + 1).getValue() : null;
            String query = lt ? "(max-width: " + maxWidth(size) + ")"
                    : at && next != null ? "(min-width: " + size + ") and (max-width: " + maxWidth(next) + ")"
                    : "(min-width: " + size + ")";
            int order = 3000 + (lt ? -(i + 1) : i + 1);
            return new Step(Variant.parent("@media " + query, order), rest);
        }
        return null;
    }

    /** UnoCSS's calcMaxWidthBySize: 0.1 less than the size, in its unit. */
    private static String maxWidth(String size) {
        Matcher m = Pattern.compile("^(\\d*\\.?\\d+)(.*)$").matcher(size);
        if (!m.matches()) {
            return size;
        }
        if (!m.group(2).equals("px")) {
            return "calc(" + size + " - 0.1px)";
        }
        return dev.slidejar.js.JsNumber.toString(Double.parseDouble(m.group(1)) - 0.1) + m.group(2);
    }
}
