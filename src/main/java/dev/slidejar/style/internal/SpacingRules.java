package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Margin, padding, gap and space-between: {@code m-4 mx-auto -mt-2 p-[3px] gap-x-2 space-y-1.5}. */
final class SpacingRules {
    private SpacingRules() {
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        sides(rules, 87, "m", "margin");
        sides(rules, 878, "p", "padding");
        rules.add(Rule.of(450, "^(?:flex-|grid-)?gap-?()(.+)$", SpacingRules::gap));
        rules.add(Rule.of(451, "^(?:flex-|grid-)?gap-([xy])-?(.+)$", SpacingRules::gap));
        rules.add(Rule.of(452, "^(?:flex-|grid-)?gap-(col|row)-?(.+)$", SpacingRules::gap));
        rules.add(Rule.utility(699, "^space-([xy])-(.+)$", SpacingRules::space));
        rules.add(Rule.utility(700, "^space-([xy])-reverse$", (m, t) -> new Utility(
                List.of(Decl.of("--un-space-" + m.group(1) + "-reverse", "1")), NOT_HIDDEN, null)));
        return rules;
    }

    static final String NOT_HIDDEN = ">:not([hidden])~:not([hidden])";

    private static void sides(List<Rule> rules, int index, String p, String property) {
        Rule.DeclHandler size = (m, t) -> directionSize(property, Rule.groupOrEmpty(m, 1), Rule.group(m, 2), t);
        rules.add(Rule.of(index, "^" + p + "a?()-?(.+)$", size));
        rules.add(Rule.of(index + 1, "^" + p + "-?xy()()$", (m, t) -> directionSize(property, "", null, t)));
        rules.add(Rule.of(index + 2, "^" + p + "-?([xy])(?:-?(.+))?$", size));
        rules.add(Rule.of(index + 3, "^" + p + "-?([rltbse])(?:-?(.+))?$", size));
        rules.add(Rule.of(index + 4, "^" + p + "-(block|inline)(?:-(.+))?$", size));
        rules.add(Rule.of(index + 5, "^" + p + "-?([bi][se])(?:-?(.+))?$", size));
    }

    /** UnoCSS's directionSize: a spacing key, a bracket/var/keyword/fraction/rem value, or {@code -key}. */
    static List<Decl> directionSize(String property, String direction, String size, Theme theme) {
        List<String> suffixes = Directions.SIDES.get(direction);
        String v = theme.get("spacing", size == null || size.isEmpty() ? "DEFAULT" : size);
        if (v == null) {
            v = Values.first(size, Values::bracket, Values::cssvar, Values::global, Values::auto, Values::fraction,
                    Values::rem);
        }
        if (v == null && size != null && size.startsWith("-")) {
            String key = theme.get("spacing", size.substring(1));
            v = key == null ? null : "calc(" + key + " * -1)";
        }
        if (v == null || suffixes == null) {
            return null;
        }
        String value = v;
        return suffixes.stream().map(s -> Decl.of(property + s, value)).toList();
    }

    private static List<Decl> gap(Matcher m, Theme t) {
        String d = Rule.groupOrEmpty(m, 1);
        String s = m.group(2);
        String v = t.get("spacing", s);
        if (v == null) {
            v = Values.first(s, Values::bracket, Values::cssvar, Values::global, Values::rem);
        }
        String prefix = switch (d) {
            case "x", "col" -> "column-";
            case "y", "row" -> "row-";
            default -> "";
        };
        return Rule.one(prefix + "gap", v);
    }

    private static Utility space(Matcher m, Theme t) {
        String d = m.group(1);
        String s = m.group(2);
        String v = t.get("spacing", s);
        if (v == null) {
            v = Values.first(s, Values::bracket, Values::cssvar, Values::auto, Values::fraction, Values::rem);
        }
        if (v == null) {
            return null;
        }
        String value = v.equals("0") ? "0px" : v;
        String reverse = "--un-space-" + d + "-reverse";
        List<Decl> decls = new ArrayList<>();
        decls.add(Decl.of(reverse, "0"));
        for (String side : Directions.SIDES.get(d)) {
            boolean end = side.endsWith("right") || side.endsWith("bottom");
            decls.add(Decl.of("margin" + side, end ? "calc(" + value + " * var(" + reverse + "))"
                    : "calc(" + value + " * calc(1 - var(" + reverse + ")))"));
        }
        return new Utility(decls, NOT_HIDDEN, null);
    }
}
