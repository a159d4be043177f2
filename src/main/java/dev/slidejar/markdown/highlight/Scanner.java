package dev.slidejar.markdown.highlight;

import java.util.List;

/**
 * A pattern list compiled: finds the match that starts first (the earliest in the list among those that start at
 * the same place), as Oniguruma's scanner does for TextMate.
 */
final class Scanner {
    private final List<OnigPattern> patterns;
    private final int[] rules;
    private final boolean[] anchoredAtStart;
    /** The line last searched, and per pattern where it was searched from and what it found (null: nothing). */
    private OnigLine lastLine;
    private final int[] searchedFrom;
    private final int[][] found;

    Scanner(List<OnigPattern> patterns, int[] rules, boolean[] anchoredAtStart) {
        this.patterns = patterns;
        this.rules = rules;
        this.anchoredAtStart = anchoredAtStart;
        this.searchedFrom = new int[rules.length];
        this.found = new int[rules.length][];
    }

    /**
     * The first match at or after {@code from}, or null. A pattern's search of the same line from an earlier
     * position is reused when it found nothing or found a match at or after {@code from} (as Oniguruma's scanner
     * caches it), unless the pattern holds {@code \G}, whose meaning moves with the start.
     */
    Found find(OnigLine line, int from) {
        if (line != lastLine) {
            lastLine = line;
            java.util.Arrays.fill(searchedFrom, -1);
        }
        Found best = null;
        for (int i = 0; i < rules.length; i++) {
            int[] captures;
            if (!anchoredAtStart[i] && searchedFrom[i] >= 0 && searchedFrom[i] <= from
                    && (found[i] == null || found[i][0] >= from)) {
                captures = found[i];
            } else {
                captures = patterns.get(i).search(line, from);
                searchedFrom[i] = from;
                found[i] = captures;
            }
            if (captures != null && (best == null || captures[0] < best.captures()[0])) {
                best = new Found(rules[i], captures);
                if (captures[0] == from) {
                    break;
                }
            }
        }
        return best;
    }

    /** The rule a match starts (or {@link Rule#END}, {@link Rule#WHILE}) and its groups' UTF-16 start and end. */
    record Found(int rule, int[] captures) {
        int start() {
            return captures[0];
        }

        int end() {
            return captures[1];
        }
    }
}
