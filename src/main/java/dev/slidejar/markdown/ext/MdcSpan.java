package dev.slidejar.markdown.ext;

import org.commonmark.node.CustomNode;

/** {@code [text]{.class}}: a span around its text, with the attributes. */
public final class MdcSpan extends CustomNode {
}
