package dev.slidejar.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source file, for humans: {@code line} and {@code column} are 1-based; a column of 0 means
 * "the whole line".
 *
 * @param file the file as it should be shown to the user (usually relative to the deck's folder)
 */
public record SourcePos(Path file, int line, int column) {

    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("line is 1-based, column 0 or 1-based: " + line + ":" + column);
        }
    }

    /** The start of a line, given as a 0-based line index. */
    public static SourcePos ofLineIndex(Path file, int lineIndex) {
        return new SourcePos(file, lineIndex + 1, 0);
    }

    @Override
    public String toString() {
        String name = file.toString().replace('\\', '/');
        return column > 0 ? name + ":" + line + ":" + column : name + ":" + line;
    }
}
