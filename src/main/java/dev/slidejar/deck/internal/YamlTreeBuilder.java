package dev.slidejar.deck.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Reads YAML text into {@link YamlNode}s with snakeyaml-engine's parser (YAML 1.2). Syntax errors come out
 * as {@link YamlProblem}s.
 */
public final class YamlTreeBuilder {
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("frontmatter")
            .setCodePointLimit(16 * 1024 * 1024)
            .build();

    /** Stands in for a collection whose anchor is defined but whose end has not been read yet. */
    private static final YamlNode OPEN = new YamlNode.Scalar(null, null, "", true, 0, 0);

    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private YamlNode root;
    private int documents;

    private YamlTreeBuilder() {
    }

    /** The single document of {@code yaml}, or empty when it holds no document (only comments, or nothing). */
    public static Optional<YamlNode> build(String yaml) {
        YamlTreeBuilder builder = new YamlTreeBuilder();
        for (Event event : new Parse(SETTINGS).parseString(yaml)) {
            builder.accept(event);
        }
        return Optional.ofNullable(builder.root);
    }

    private void accept(Event event) {
        switch (event.getEventId()) {
            case DocumentStart -> {
                if (++documents > 1) {
                    throw problem(event, "Source contains multiple documents; frontmatter must be one YAML document");
                }
            }
            case Scalar -> {
                ScalarEvent e = (ScalarEvent) event;
                int[] at = position(event);
                add(define(e, new YamlNode.Scalar(anchor(e), tag(e.getTag()), e.getValue(),
                        e.getScalarStyle() == ScalarStyle.PLAIN, at[0], at[1])));
            }
            case Alias -> {
                AliasEvent e = (AliasEvent) event;
                String name = e.getAlias().getValue();
                YamlNode target = anchors.get(name);
                if (target == null) {
                    throw problem(event, "Unresolved alias (the anchor must be set before the alias): " + name);
                }
                if (target == OPEN) {
                    throw problem(event, "Recursive alias: *" + name + " refers to a collection that contains it");
                }
                int[] at = position(event);
                add(new YamlNode.Alias(null, target, name, at[0], at[1]));
            }
            case SequenceStart, MappingStart -> {
                CollectionStartEvent e = (CollectionStartEvent) event;
                Frame frame = new Frame(event.getEventId() == Event.ID.MappingStart, anchor(e), tag(e.getTag()),
                        position(event));
                stack.push(frame);
                if (frame.anchor != null) {
                    anchors.put(frame.anchor, OPEN);
                }
            }
            case SequenceEnd, MappingEnd -> {
                Frame frame = stack.pop();
                YamlNode node = frame.finish();
                if (frame.anchor != null) {
                    anchors.put(frame.anchor, node);
                }
                add(node);
            }
            default -> {
                // stream and document ends, comments: nothing to build
            }
        }
    }

    private YamlNode define(NodeEvent e, YamlNode node) {
        e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
        return node;
    }

    private void add(YamlNode node) {
        if (stack.isEmpty()) {
            root = node;
        } else {
            stack.peek().items.add(node);
        }
    }

    private static String anchor(NodeEvent e) {
        return e.getAnchor().map(Anchor::getValue).orElse(null);
    }

    private static String tag(Optional<String> tag) {
        return tag.filter(t -> !t.equals("!")).orElse(null);
    }

    private static int[] position(Event event) {
        return event.getStartMark().map(m -> new int[] {m.getLine(), m.getColumn()}).orElse(new int[] {0, 0});
    }

    private static YamlProblem problem(Event event, String message) {
        Optional<Mark> mark = event.getStartMark();
        return new YamlProblem(message, mark.map(Mark::getLine).orElse(0), mark.map(Mark::getColumn).orElse(0));
    }

    /** A collection being read. */
    private static final class Frame {
        final boolean mapping;
        final String anchor;
        final String tag;
        final int[] at;
        final List<YamlNode> items = new ArrayList<>();

        Frame(boolean mapping, String anchor, String tag, int[] at) {
            this.mapping = mapping;
            this.anchor = anchor;
            this.tag = tag;
            this.at = at;
        }

        YamlNode finish() {
            return mapping
                    ? new YamlNode.Mapping(anchor, tag, List.copyOf(items), at[0], at[1])
                    : new YamlNode.Sequence(anchor, tag, List.copyOf(items), at[0], at[1]);
        }
    }
}
