package dev.slidejar.render;

import java.util.List;

/**
 * What the deck-wide pages see (presenter {@code presenter/N/}, notes {@code notes/N/}, {@code overview/},
 * {@code print/}): the deck's slides with their notes and clicks; {@code no} is the slide the page opens on.
 *
 * @param rootPrefix the way from the page up to the site root
 * @param head what its {@code <head>} says of the deck
 */
public record DeckPageView(String title, String rootPrefix, int no, int canvasWidth, int canvasHeight,
        PageView.Presenting presenting, PageHead head, List<Entry> slides) {

    public DeckPageView {
        slides = List.copyOf(slides);
    }

    /**
     * One slide: its title (plain text, may be empty), clicks, notes HTML (may be null) and layout HTML (for the
     * print page; URLs already written for a page one folder deep).
     */
    public record Entry(int no, String title, int clicks, String notesHtml, String layoutHtml) {
    }

    /** Whether a slide shows a diagram the runtime draws (a {@code ```mermaid} block). */
    public boolean diagrams() {
        return slides.stream().anyMatch(s -> s.layoutHtml() != null && s.layoutHtml().contains("class=\"slidejar-mermaid\""));
    }

    public int total() {
        return slides.size();
    }

    public String asset(String path) {
        return rootPrefix + "assets/" + path;
    }

    /** A slide's own page, from this page. */
    public String slideHref(int slide) {
        return rootPrefix + Routes.slidePath(slide);
    }

    /** The scale that fits the canvas into a thumbnail {@code width} pixels wide. */
    public String thumbScale(int width) {
        return dev.slidejar.js.JsNumber.toString(Math.round(width * 10000.0 / canvasWidth) / 10000.0);
    }

    public int thumbHeight(int width) {
        return (int) Math.round(width * (double) canvasHeight / canvasWidth);
    }
}
