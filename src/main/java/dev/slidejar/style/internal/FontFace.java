package dev.slidejar.style.internal;

import java.util.List;
import java.util.Objects;

/**
 * One bundled font file: a face of a family, for one Unicode subset.
 *
 * @param weight the CSS {@code font-weight}, e.g. 400
 * @param style {@code normal} or {@code italic}
 * @param unicodeRange the CSS {@code unicode-range} value, e.g. {@code U+0000-00FF,U+0131}
 * @param file the path below the fonts folder, e.g. {@code pt-serif/pt-serif-latin-400-normal.woff2}
 */
public record FontFace(String family, int weight, String style, String unicodeRange, String file) {
    /** The class-path folder of the font files, ending in {@code /}. */
    public static final String FOLDER = Resources.ASSETS + "fonts/";

    public FontFace {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(unicodeRange, "unicodeRange");
        Objects.requireNonNull(file, "file");
    }

    /** Every bundled face, in the order of {@code fonts.tsv}: family, style, weight, subset. */
    public static List<FontFace> bundled() {
        return Bundled.FACES;
    }

    /** The family's folder below {@link #FOLDER}, e.g. {@code pt-serif}. */
    public String folder() {
        return file.substring(0, file.indexOf('/'));
    }

    private static final class Bundled {
        static final List<FontFace> FACES = Resources.tsv(FOLDER + "fonts.tsv").stream()
                .map(r -> new FontFace(r[0], Integer.parseInt(r[1]), r[2], r[3], r[4]))
                .toList();
    }
}
