package dev.slidejar.render;

import dev.slidejar.markdown.SlideMarkdownRenderer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Presenter notes as HTML, split at Slidev's click markers: {@code [click]} starts the notes of the next click,
 * {@code [click:3]} those of click 3. Each part is a {@code div.slidev-note-part} with {@code data-clicks}, so
 * the presenter view can highlight the part of the current click.
 */
public final class Notes {
    private static final Pattern MARKER = Pattern.compile("\\[click(?::(\\d+))?]");

    private Notes() {
    }

    /** The notes' HTML, or null when there are none. */
    public static String html(String note, SlideMarkdownRenderer markdown) {
        if (note == null || note.isBlank()) {
            return null;
        }
        Matcher m = MARKER.matcher(note);
        if (!m.find()) {
            return markdown.render(note).slot("default");
        }
        StringBuilder out = new StringBuilder("<div class=\"slidev-note-with-clicks\">");
        int clicks = 0;
        int from = 0;
        do {
            part(out, note.substring(from, m.start()), clicks, from == 0 ? -1 : clicks, markdown);
            clicks = m.group(1) != null ? Integer.parseInt(m.group(1)) : clicks + 1;
            from = m.end();
        } while (m.find());
        part(out, note.substring(from), clicks, clicks, markdown);
        return out.append("</div>").toString();
    }

    private static void part(StringBuilder out, String markdownText, int clicks, int mark,
            SlideMarkdownRenderer markdown) {
        if (markdownText.isBlank() && mark < 0) {
            return;
        }
        out.append("<div class=\"slidev-note-part\" data-clicks=\"").append(clicks).append("\">");
        if (mark >= 0) {
            out.append("<span class=\"slidev-note-click-mark\" data-clicks=\"").append(mark).append("\"></span>");
        }
        out.append(markdown.render(markdownText.strip()).slot("default")).append("</div>");
    }
}
