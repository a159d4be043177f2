package dev.slidejar.style;

import java.util.Map;

/** TEMPORARY placeholder until the icon sets land from their branch. */
public record Icon(String collection, String name, int width, int height, String body) {
    public String svg(Map<String, String> attributes) {
        return "";
    }

    public String cssDeclarations() {
        return "";
    }
}
