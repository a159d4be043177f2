package dev.slidejar.js;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as JavaScript has them: every number is a double. Values are kept as {@link Long} when they are
 * whole and exact (so {@code 1.0} and {@code 1} are the same value, as in JavaScript) and as {@link Double}
 * otherwise; {@link #toString(double)} prints them as {@code Number.prototype.toString()} does.
 */
public final class JsNumber {
    private static final double MAX_SAFE = 9007199254740991d;

    private JsNumber() {
    }

    /** The canonical Java value for a JavaScript number: a Long when whole and safe, else the Double. */
    public static Number of(double d) {
        if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE) {
            return (long) d; // -0.0 becomes 0, which is also how JavaScript prints it
        }
        return d;
    }

    public static String toString(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            if (Math.abs(v) <= (long) MAX_SAFE) {
                return Long.toString(v);
            }
        }
        return toString(n.doubleValue());
    }

    /** {@code String(d)} in JavaScript: shortest round-trip digits, exponent form outside 1e-7 .. 1e21. */
    public static String toString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        if (d < 0) {
            return "-" + toString(-d);
        }
        BigDecimal shortest = shortestRoundTrip(d);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = 0.digits * 10^n
        StringBuilder out = new StringBuilder();
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return out.toString();
    }

    private static BigDecimal shortestRoundTrip(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
