package dev.slidejar.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the components of a slide may ask about the whole deck: the total, the table of contents, the title,
 * the headmatter ({@code $slidev.configs}).
 */
public record DeckContext(int total, String title, List<TocEntry> toc, Map<String, Object> configs) {
    public DeckContext {
        Objects.requireNonNull(title, "title");
        toc = List.copyOf(toc);
        configs = Map.copyOf(configs.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
