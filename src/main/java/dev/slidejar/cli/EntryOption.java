package dev.slidejar.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code [ENTRY]} parameter every deck command takes: the deck's Markdown entry file, {@code slides.md} by default. */
public final class EntryOption {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ENTRY", defaultValue = "slides.md",
            description = "The deck's Markdown entry file (default: ${DEFAULT-VALUE}).")
    Path entry;
}
