package dev.slidejar.style;

import java.util.List;

/** TEMPORARY placeholder until the fonts land from their branch. */
public final class Fonts {
    private Fonts() {
    }

    public static String fontFaceCss(List<String> families, String urlPrefix) {
        return "";
    }

    public static List<String> files(List<String> families) {
        return List.of();
    }
}
