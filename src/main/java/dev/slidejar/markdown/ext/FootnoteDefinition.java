package dev.slidejar.markdown.ext;

import org.commonmark.node.CustomBlock;

/** {@code [^label]: text}, with its content as child blocks. */
public final class FootnoteDefinition extends CustomBlock {
    private final String label;

    public FootnoteDefinition(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
