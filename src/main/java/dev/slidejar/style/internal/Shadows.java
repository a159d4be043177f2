package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * UnoCSS's {@code colorableShadows}: each shadow's colour moves into {@code var(--un-..-color, colour)} so that a
 * shadow colour utility can replace it.
 */
final class Shadows {
    private Shadows() {
    }

    static String colorable(List<String> shadows, String colorVar) {
        return String.join(",", each(shadows, colorVar));
    }

    /** The shadows one by one; unchanged when one of them has fewer than three parts. */
    static List<String> each(List<String> shadows, String colorVar) {
        List<String> out = new ArrayList<>();
        for (String shadow : shadows) {
            List<String> parts = components(shadow);
            if (parts == null || parts.size() < 3) {
                return shadows;
            }
            boolean inset = parts.remove("inset");
            String colorValue = "";
            ColorValue.Parsed first = ColorValue.parseCss(parts.get(0));
            ColorValue.Parsed last = ColorValue.parseCss(parts.get(parts.size() - 1));
            if (first != null) {
                parts.remove(0);
                colorValue = ", " + first.toCss(null);
            } else if (last != null) {
                parts.remove(parts.size() - 1);
                colorValue = ", " + last.toCss(null);
            } else if (parts.get(parts.size() - 1).startsWith("var(")) {
                colorValue = ", " + parts.remove(parts.size() - 1);
            }
            out.add((inset ? "inset " : "") + String.join(" ", parts) + " var(" + colorVar + colorValue + ")");
        }
        return out;
    }

    /** Space-separated parts outside parentheses (at most 6), as {@code getStringComponents(s, " ", 6)}. */
    private static List<String> components(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts.size() > 6 ? null : parts;
    }
}
