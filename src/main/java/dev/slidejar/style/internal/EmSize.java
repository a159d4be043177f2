package dev.slidejar.style.internal;

import dev.slidejar.js.JsNumber;

/**
 * The {@code width}/{@code height} values Iconify's tools give an icon, as doubles computed in the same order as
 * Iconify's {@code calculateSize} ({@code Math.ceil(size * ratio * 100) / 100}), so they print identically.
 * An icon is {@code 1em} high and as wide as its view box says; unplugin-icons then scales both by 1.2.
 */
public final class EmSize {
    private static final double PRECISION = 100;

    private EmSize() {
    }

    /** Width in em of an icon {@code 1em} high (UnoCSS preset-icons at its default scale 1). */
    public static double width(double viewBoxWidth, double viewBoxHeight) {
        return scale(1, viewBoxWidth / viewBoxHeight);
    }

    /** {@code size} times {@code ratio}, rounded up to 1/100; a ratio of exactly 1 leaves it untouched. */
    public static double scale(double size, double ratio) {
        if (ratio == 1) {
            return size;
        }
        return Math.ceil(size * ratio * PRECISION) / PRECISION;
    }

    /** {@code 1.84em}: the number as JavaScript prints it, then the unit. */
    public static String em(double size) {
        return JsNumber.toString(size) + "em";
    }
}
