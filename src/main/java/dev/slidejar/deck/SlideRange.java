package dev.slidejar.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The slide ranges of {@code src: ./file.md#2-4} and of Slidev's {@code --range}: {@code 1,3-5,8}, {@code 4-}
 * (to the end), {@code all}, {@code *}, {@code none}. Numbers are 1-based; numbers past the total are dropped.
 */
public final class SlideRange {
    private SlideRange() {
    }

    /**
     * The selected slide numbers in ascending order. Parts that are not numbers are ignored, as Slidev ignores
     * them; numbers below 1 are kept, so that the caller can report them.
     */
    public static List<Integer> parse(int total, String range) {
        List<Integer> all = new ArrayList<>();
        if (range == null || range.isEmpty() || range.equals("all") || range.equals("*")) {
            for (int i = 1; i <= total; i++) {
                all.add(i);
            }
            return all;
        }
        if (range.equals("none")) {
            return all;
        }
        TreeSet<Integer> picked = new TreeSet<>();
        for (String part : range.split("[,;]", -1)) {
            int dash = part.indexOf('-');
            if (dash < 0) {
                Integer n = number(part);
                if (n != null) {
                    picked.add(n);
                }
            } else {
                String rest = part.substring(dash + 1);
                int restDash = rest.indexOf('-');
                String endText = restDash < 0 ? rest : rest.substring(0, restDash);
                Integer from = number(part.substring(0, dash));
                Integer to = endText.isEmpty() ? Integer.valueOf(total) : number(endText);
                if (from != null && to != null) {
                    for (int i = from; i <= Math.min(to, total); i++) {
                        picked.add(i);
                    }
                }
            }
        }
        for (int n : picked) {
            if (n <= total) {
                all.add(n);
            }
        }
        return all;
    }

    /** JavaScript's unary {@code +text} for the whole numbers a range may hold; null where it gives NaN. */
    private static Integer number(String text) {
        String t = dev.slidejar.js.JsText.trim(text);
        if (t.isEmpty()) {
            return 0;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
