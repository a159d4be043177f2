package dev.slidejar.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The {@code [ENTRY]} parameter every deck command takes: the deck's Markdown entry file, {@code slides.md} by
 * default.
 */
public final class EntryOption {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ENTRY", defaultValue = "slides.md",
            description = "The deck's Markdown entry file (default: ${DEFAULT-VALUE}; .md may be left out).")
    Path entry;

    /**
     * The entry file, as Slidev resolves it: a bare name that is no file, without {@code .md} and without a folder
     * ({@code talk}), is {@code talk.md}.
     */
    Path path() {
        return resolve(entry);
    }

    /** {@code entry} as {@link #path()} resolves it. */
    static Path resolve(Path entry) {
        String name = entry.toString();
        if (!Files.exists(entry) && !name.endsWith(".md") && name.indexOf('/') < 0 && name.indexOf('\\') < 0) {
            return entry.resolveSibling(name + ".md");
        }
        return entry;
    }
}
