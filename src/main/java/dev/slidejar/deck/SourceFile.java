package dev.slidejar.deck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One Markdown file of a deck, read.
 *
 * @param path the absolute, normalized path
 * @param displayPath the path as Slidev reports it and users see it: relative to the entry's folder
 * @param text the whole text, as decoded from UTF-8 (a leading BOM removed)
 */
public record SourceFile(Path path, Path displayPath, String text) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(text, "text");
    }
}
