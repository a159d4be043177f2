package dev.slidejar.style.internal;

import java.util.List;
import java.util.Map;

/** Suffixes that direction letters in token bodies stand for (UnoCSS's directionMap, insetMap, cornerMap). */
final class Directions {
    static final Map<String, List<String>> SIDES = Map.ofEntries(
            Map.entry("l", List.of("-left")), Map.entry("r", List.of("-right")), Map.entry("t", List.of("-top")),
            Map.entry("b", List.of("-bottom")), Map.entry("s", List.of("-inline-start")),
            Map.entry("e", List.of("-inline-end")), Map.entry("x", List.of("-left", "-right")),
            Map.entry("y", List.of("-top", "-bottom")), Map.entry("", List.of("")),
            Map.entry("bs", List.of("-block-start")), Map.entry("be", List.of("-block-end")),
            Map.entry("is", List.of("-inline-start")), Map.entry("ie", List.of("-inline-end")),
            Map.entry("block", List.of("-block-start", "-block-end")),
            Map.entry("inline", List.of("-inline-start", "-inline-end")));

    static final Map<String, List<String>> INSETS = Map.ofEntries(
            Map.entry("l", List.of("-left")), Map.entry("r", List.of("-right")), Map.entry("t", List.of("-top")),
            Map.entry("b", List.of("-bottom")), Map.entry("x", List.of("-left", "-right")),
            Map.entry("y", List.of("-top", "-bottom")), Map.entry("", List.of("")),
            Map.entry("s", List.of("-inset-inline-start")), Map.entry("start", List.of("-inset-inline-start")),
            Map.entry("e", List.of("-inset-inline-end")), Map.entry("end", List.of("-inset-inline-end")),
            Map.entry("bs", List.of("-inset-block-start")), Map.entry("be", List.of("-inset-block-end")),
            Map.entry("is", List.of("-inset-inline-start")), Map.entry("ie", List.of("-inset-inline-end")),
            Map.entry("block", List.of("-inset-block-start", "-inset-block-end")),
            Map.entry("inline", List.of("-inset-inline-start", "-inset-inline-end")));

    static final Map<String, List<String>> CORNERS = Map.ofEntries(
            Map.entry("l", List.of("-top-left", "-bottom-left")), Map.entry("r", List.of("-top-right", "-bottom-right")),
            Map.entry("t", List.of("-top-left", "-top-right")), Map.entry("b", List.of("-bottom-left", "-bottom-right")),
            Map.entry("tl", List.of("-top-left")), Map.entry("lt", List.of("-top-left")),
            Map.entry("tr", List.of("-top-right")), Map.entry("rt", List.of("-top-right")),
            Map.entry("bl", List.of("-bottom-left")), Map.entry("lb", List.of("-bottom-left")),
            Map.entry("br", List.of("-bottom-right")), Map.entry("rb", List.of("-bottom-right")),
            Map.entry("", List.of("")), Map.entry("bs", List.of("-start-start", "-start-end")),
            Map.entry("be", List.of("-end-start", "-end-end")), Map.entry("s", List.of("-end-start", "-start-start")),
            Map.entry("is", List.of("-end-start", "-start-start")), Map.entry("e", List.of("-start-end", "-end-end")),
            Map.entry("ie", List.of("-start-end", "-end-end")), Map.entry("ss", List.of("-start-start")),
            Map.entry("bs-is", List.of("-start-start")), Map.entry("is-bs", List.of("-start-start")),
            Map.entry("se", List.of("-start-end")), Map.entry("bs-ie", List.of("-start-end")),
            Map.entry("ie-bs", List.of("-start-end")), Map.entry("es", List.of("-end-start")),
            Map.entry("be-is", List.of("-end-start")), Map.entry("is-be", List.of("-end-start")),
            Map.entry("ee", List.of("-end-end")), Map.entry("be-ie", List.of("-end-end")),
            Map.entry("ie-be", List.of("-end-end")));

    /** positionMap: {@code top-left} and {@code tl} → {@code top left}, and so on. */
    static final Map<String, String> POSITIONS = positions();

    private Directions() {
    }

    private static Map<String, String> positions() {
        String[] base = {"top", "top center", "top left", "top right", "bottom", "bottom center", "bottom left",
            "bottom right", "left", "left center", "left top", "left bottom", "right", "right center", "right top",
            "right bottom", "center", "center top", "center bottom", "center left", "center right", "center center"};
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String p : base) {
            map.put(p.replaceFirst(" ", "-"), p);
        }
        for (String p : base) {
            map.put(p.replaceAll("\\b(\\w)\\w+", "$1").replaceFirst(" ", ""), p);
        }
        return Map.copyOf(map);
    }
}
