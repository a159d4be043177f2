package dev.slidejar.markdown.ext;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * GitHub task lists ({@code - [ ] todo}, {@code - [x] done}) as Slidev's task-list plugin renders them: a
 * checkbox input at the start of the item, classes {@code task-list-item} and {@code contains-task-list}.
 */
public final class TaskListExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private TaskListExtension() {
    }

    public static TaskListExtension create() {
        return new TaskListExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessor(TaskListExtension::process);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.attributeProviderFactory(context -> (AttributeProvider) (node, tagName, attributes) -> {
            if (node instanceof ListItem item && isTask(item)) {
                attributes.put("class", "task-list-item");
            } else if (node instanceof BulletList list && containsTask(list)) {
                attributes.put("class", "contains-task-list");
            }
        });
    }

    private static Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text text) {
                    String literal = text.getLiteral();
                    if (literal.length() >= 4 && literal.charAt(0) == '[' && literal.charAt(2) == ']'
                            && literal.charAt(3) == ' ' && " xX".indexOf(literal.charAt(1)) >= 0) {
                        boolean checked = literal.charAt(1) != ' ';
                        text.setLiteral(literal.substring(4));
                        HtmlInline box = new HtmlInline();
                        box.setLiteral("<input class=\"task-list-item-checkbox\" type=\"checkbox\" disabled"
                                + (checked ? " checked" : "") + "> ");
                        text.insertBefore(box);
                        item.appendChild(new TaskMarker());
                    }
                }
                visitChildren(item);
            }
        });
        return document;
    }

    private static boolean isTask(ListItem item) {
        return item.getLastChild() instanceof TaskMarker;
    }

    private static boolean containsTask(BulletList list) {
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item && isTask(item)) {
                return true;
            }
        }
        return false;
    }

    /** An invisible child that marks a list item as a task (renders nothing). */
    public static final class TaskMarker extends org.commonmark.node.CustomNode {
    }
}
