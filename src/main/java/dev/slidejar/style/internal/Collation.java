package dev.slidejar.style.internal;

import java.util.Comparator;

/**
 * String order of JavaScript's {@code localeCompare} (ICU root collation, as Node's en-US) for the characters
 * selectors are made of: punctuation before digits before letters, letters compared without case first and
 * lower case before upper case on a tie. UnoCSS breaks ties between rules of equal rank with it.
 */
public final class Collation {
    /** Printable ASCII in ICU root order, letters as lower/upper pairs. */
    private static final String ORDER =
            " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";
    private static final int[] PRIMARY = new int[128];
    private static final int[] TERTIARY = new int[128];

    static {
        int rank = 0;
        for (int i = 0; i < ORDER.length(); i++) {
            char c = ORDER.charAt(i);
            boolean upper = Character.isUpperCase(c);
            if (!upper) {
                rank++;
            }
            PRIMARY[c] = rank;
            TERTIARY[c] = upper ? 1 : 0;
        }
    }

    public static final Comparator<String> LOCALE_COMPARE = Collation::compare;

    private Collation() {
    }

    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
            if (d != 0) {
                return d;
            }
        }
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = 0; i < n; i++) {
            int d = Integer.compare(tertiary(a.charAt(i)), tertiary(b.charAt(i)));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int primary(char c) {
        return c < 128 && PRIMARY[c] > 0 ? PRIMARY[c] : 1000 + c;
    }

    private static int tertiary(char c) {
        return c < 128 ? TERTIARY[c] : 0;
    }
}
