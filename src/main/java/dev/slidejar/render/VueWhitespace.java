package dev.slidejar.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Vue's template whitespace rule ({@code whitespace: 'condense'}) and its dropping of comments, applied to
 * slide HTML so that it lays out as Slidev's compiled slides do: white space between two elements that contains
 * a line break disappears (so images on consecutive lines touch), runs of white space become one space, and
 * nothing changes inside {@code <pre>}.
 */
final class VueWhitespace {
    private static final Pattern ALL_WHITESPACE = Pattern.compile("[\\t\\r\\n\\f ]*");
    private static final Pattern RUN = Pattern.compile("[\\t\\r\\n\\f ]+");

    private VueWhitespace() {
    }

    /** Condenses the children of {@code parent}, recursively, and removes HTML comments. */
    static void condense(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        List<Node> remove = new ArrayList<>();
        boolean pre = parent.normalName().equals("pre") || parent.normalName().equals("textarea");
        for (int i = 0; i < children.size(); i++) {
            Node node = children.get(i);
            if (node instanceof Element child) {
                if (!pre) {
                    condense(child);
                }
            } else if (node instanceof Comment) {
                remove.add(node);
            } else if (node instanceof TextNode text && !pre) {
                String content = text.getWholeText();
                if (ALL_WHITESPACE.matcher(content).matches()) {
                    Node prev = i > 0 ? children.get(i - 1) : null;
                    Node next = i + 1 < children.size() ? children.get(i + 1) : null;
                    boolean dropped = prev == null || next == null || prev instanceof Comment || next instanceof Comment
                            || (prev instanceof Element && next instanceof Element
                                    && (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0));
                    if (dropped) {
                        remove.add(node);
                    } else {
                        text.text(" ");
                    }
                } else {
                    text.text(RUN.matcher(content).replaceAll(" "));
                }
            }
        }
        for (Node n : remove) {
            n.remove();
        }
    }
}
