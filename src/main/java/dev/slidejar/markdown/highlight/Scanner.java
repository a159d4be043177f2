package dev.slidejar.markdown.highlight;

import java.util.List;

/**
 * A pattern list compiled: finds the match that starts first (the earliest in the list among those that start at
 * the same place), as Oniguruma's scanner does for TextMate.
 */
final class Scanner {
    private final List<OnigPattern> patterns;
    private final int[] rules;

    Scanner(List<OnigPattern> patterns, int[] rules) {
        this.patterns = patterns;
        this.rules = rules;
    }

    /** The first match at or after {@code from}, or null. */
    Found find(OnigLine line, int from) {
        Found best = null;
        for (int i = 0; i < rules.length; i++) {
            int[] captures = patterns.get(i).search(line, from);
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
