package dev.slidejar.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML of a slide's slots, in the order they were written; {@code default} holds what comes before the first
 * {@code ::name::} marker.
 */
public record SlideHtml(Map<String, String> slots) {
    public SlideHtml {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    }

    public String slot(String name) {
        return slots.getOrDefault(name, "");
    }
}
