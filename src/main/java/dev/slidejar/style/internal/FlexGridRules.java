package dev.slidejar.style.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Flex and grid utilities with values: {@code flex-[2_1_0%] grow basis-1/2 grid-cols-3 col-span-2 grid-cols-[1fr_2fr]}. */
final class FlexGridRules {
    private FlexGridRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of(51, "^(?:grid-)?(row|col)-(.+)$", (m, t) -> Rule.one("grid-" + rowCol(m.group(1)),
                        Values.first(m.group(2), Values::bracket, Values::cssvar, Values::auto))),
                Rule.of(52, "^(?:grid-)?(row|col)-span-(.+)$", (m, t) -> {
                    if (m.group(2).equals("full")) {
                        return Rule.one("grid-" + rowCol(m.group(1)), "1/-1");
                    }
                    String v = Values.first(m.group(2), Values::bracket, Values::number);
                    return v == null ? null : Rule.one("grid-" + rowCol(m.group(1)), "span " + v + "/span " + v);
                }),
                Rule.of(53, "^(?:grid-)?(row|col)-start-(.+)$", (m, t) -> Rule.one("grid-" + rowCol(m.group(1)) + "-start",
                        orSelf(m.group(2)))),
                Rule.of(54, "^(?:grid-)?(row|col)-end-(.+)$", (m, t) -> Rule.one("grid-" + rowCol(m.group(1)) + "-end",
                        orSelf(m.group(2)))),
                Rule.of(55, "^(?:grid-)?auto-(rows|cols)-(.+)$", (m, t) -> Rule.one("grid-auto-" + rowCol(m.group(1)),
                        switch (m.group(2)) {
                            case "min" -> "min-content";
                            case "max" -> "max-content";
                            case "fr" -> "minmax(0,1fr)";
                            default -> Values.first(m.group(2), Values::bracket, Values::cssvar, Values::auto, Values::rem);
                        })),
                Rule.of(56, "^(?:grid-auto-flow|auto-flow|grid-flow)-(.+)$", (m, t) -> Rule.one("grid-auto-flow",
                        Values.first(m.group(1), Values::bracket, Values::cssvar))),
                Rule.of(57, "^(?:grid-auto-flow|auto-flow|grid-flow)-(row|col|dense|row-dense|col-dense)$",
                        (m, t) -> Rule.one("grid-auto-flow", rowCol(m.group(1)).replaceFirst("-", " "))),
                Rule.of(58, "^(?:grid-)?(rows|cols)-(.+)$", (m, t) -> Rule.one("grid-template-" + rowCol(m.group(1)),
                        Values.first(m.group(2), Values::bracket, Values::cssvar))),
                Rule.of(59, "^(?:grid-)?(rows|cols)-minmax-([\\w.-]+)$", (m, t) -> Rule.one(
                        "grid-template-" + rowCol(m.group(1)), "repeat(auto-fill,minmax(" + m.group(2) + ",1fr))")),
                Rule.of(60, "^(?:grid-)?(rows|cols)-(\\d+)$", (m, t) -> Rule.one(
                        "grid-template-" + rowCol(m.group(1)), "repeat(" + m.group(2) + ",minmax(0,1fr))")),
                Rule.of(117, "^flex-(.*)$", (m, t) -> {
                    String d = m.group(1);
                    String b = Values.bracket(d);
                    if (b != null) {
                        return Rule.one("flex", Arrays.stream(b.split(" ", -1))
                                .map(e -> orElse(Values.first(e, Values::cssvar, Values::fraction), e))
                                .collect(Collectors.joining(" ")));
                    }
                    return Rule.one("flex", Values.first(d, Values::cssvar, Values::fraction));
                }),
                Rule.of(122, "^(?:flex-)?shrink(?:-(.*))?$", (m, t) -> Rule.one("flex-shrink",
                        orElse(Values.first(Rule.groupOrEmpty(m, 1), Values::bracket, Values::cssvar, Values::number), "1"))),
                Rule.of(123, "^(?:flex-)?grow(?:-(.*))?$", (m, t) -> Rule.one("flex-grow",
                        orElse(Values.first(Rule.groupOrEmpty(m, 1), Values::bracket, Values::cssvar, Values::number), "1"))),
                Rule.of(124, "^(?:flex-)?basis-(.+)$", (m, t) -> {
                    String v = t.get("spacing", m.group(1));
                    return Rule.one("flex-basis", v != null ? v : Values.first(m.group(1), Values::bracket,
                            Values::cssvar, Values::auto, Values::fraction, Values::rem));
                }));
    }

    private static String rowCol(String s) {
        return s.replace("col", "column");
    }

    private static String orSelf(String v) {
        return orElse(Values.first(v, Values::bracket, Values::cssvar), v);
    }

    private static String orElse(String v, String fallback) {
        return v != null ? v : fallback;
    }
}
