package dev.slidejar.deck.internal;

import java.util.List;

/**
 * A YAML node as the event stream gives it, aliases kept as aliases (unlike a composed snakeyaml tree), so
 * that they can be counted the way the npm {@code yaml} package counts them.
 * Lines and columns are 0-based, in the YAML text.
 */
public sealed interface YamlNode {
    String anchor();

    int line();

    int column();

    /** A scalar; {@code tag} is null when none was written, {@code plain} when unquoted and not a block. */
    record Scalar(String anchor, String tag, String value, boolean plain, int line, int column) implements YamlNode {
    }

    record Sequence(String anchor, String tag, List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /** A mapping; {@code entries} alternates key, value. */
    record Mapping(String anchor, String tag, List<YamlNode> entries, int line, int column) implements YamlNode {
    }

    /** {@code *name}; {@code target} is the node defined with {@code &name} most recently before it, or null. */
    record Alias(String anchor, YamlNode target, String name, int line, int column) implements YamlNode {
    }
}
