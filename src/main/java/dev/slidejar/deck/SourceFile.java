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

    /** The path to show in diagnostics: relative to the working directory when the file is below it. */
    public Path userPath() {
        return userPath(path);
    }

    /** {@code path} relative to the working directory when it is below it, else as it is. */
    public static Path userPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }
}
