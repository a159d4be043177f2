package dev.slidejar.style;

import dev.slidejar.style.internal.FontFace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The bundled web fonts of Slidev's themes (PT Serif, PT Mono for seriph; Nunito Sans, Fira Code for the default
 * theme), latin and latin-ext subsets, as {@code @font-face} rules that stand in for the Google Fonts stylesheet
 * Slidev links. The faces are those Slidev 53 requests; see {@code tools/README.md}.
 */
public final class Fonts {
    /** The class-path folder holding the font files and their licences, ending in {@code /}. */
    public static final String RESOURCE_FOLDER = FontFace.FOLDER;

    private static final Pattern PLAIN_URL = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&*+,;=%-]*");

    private Fonts() {
    }

    /**
     * {@code @font-face} rules for the families (e.g. "PT Serif", "PT Mono", "Nunito Sans", "Fira Code"), in the
     * order given, in the shape Google Fonts serves them ({@code font-display: swap}); urls are
     * {@code urlPrefix} + the file path relative to the fonts folder. Names match case-insensitively and may be
     * quoted as in Slidev's {@code fonts:} config; unknown families are skipped. Empty when none is bundled.
     */
    public static String fontFaceCss(List<String> families, String urlPrefix) {
        StringBuilder css = new StringBuilder();
        for (FontFace face : faces(families)) {
            css.append("@font-face {\n")
                    .append("  font-family: '").append(face.family()).append("';\n")
                    .append("  font-style: ").append(face.style()).append(";\n")
                    .append("  font-weight: ").append(face.weight()).append(";\n")
                    .append("  font-display: swap;\n")
                    .append("  src: ").append(url(urlPrefix + face.file())).append(" format('woff2');\n")
                    .append("  unicode-range: ").append(face.unicodeRange()).append(";\n")
                    .append("}\n");
        }
        return css.toString();
    }

    /** Resource paths (under {@code /dev/slidejar/assets/fonts/}) of the files those rules reference. */
    public static List<String> files(List<String> families) {
        return faces(families).stream().map(f -> RESOURCE_FOLDER + f.file()).toList();
    }

    /**
     * Resource paths of the licence files (SIL OFL 1.1) of those families, one per family: the licence requires
     * them to travel with the fonts, so a built site should copy them next to the font files.
     */
    public static List<String> licenses(List<String> families) {
        Set<String> folders = new LinkedHashSet<>();
        faces(families).forEach(f -> folders.add(f.folder()));
        return folders.stream().map(folder -> RESOURCE_FOLDER + folder + "/LICENSE").toList();
    }

    /** The bundled family names. */
    public static List<String> families() {
        Set<String> names = new LinkedHashSet<>();
        FontFace.bundled().forEach(f -> names.add(f.family()));
        return List.copyOf(names);
    }

    private static List<FontFace> faces(List<String> families) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String family : families) {
            wanted.add(unquote(family.strip()).toLowerCase(Locale.ROOT));
        }
        List<FontFace> out = new ArrayList<>();
        for (String family : wanted) {
            for (FontFace face : FontFace.bundled()) {
                if (face.family().toLowerCase(Locale.ROOT).equals(family)) {
                    out.add(face);
                }
            }
        }
        return out;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
                || name.startsWith("'") && name.endsWith("'"))) {
            return name.substring(1, name.length() - 1).strip();
        }
        return name;
    }

    /** {@code url(x)} as Google writes it, quoted only when {@code x} has characters that need it. */
    private static String url(String url) {
        if (PLAIN_URL.matcher(url).matches()) {
            return "url(" + url + ")";
        }
        return "url(\"" + url.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\a ") + "\")";
    }
}
