package dev.slidejar.markdown.ext;

import org.commonmark.node.CustomNode;

/** {@code [^label]} in text, where a definition for the label exists. */
public final class FootnoteReference extends CustomNode {
    private final String label;

    public FootnoteReference(String label) {
        this.label = label;
    }

    private int number;
    private int occurrence;

    public String getLabel() {
        return label;
    }

    /** The footnote's 1-based number, in order of first reference (set by {@link FootnotesHtml#number}). */
    public int getNumber() {
        return number;
    }

    /** 0 for the first reference to this footnote, 1 for the second, ... */
    public int getOccurrence() {
        return occurrence;
    }

    void setNumbering(int number, int occurrence) {
        this.number = number;
        this.occurrence = occurrence;
    }
}
