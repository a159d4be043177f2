package dev.slidejar.diag;

import java.util.List;

/**
 * The one exception for input that makes going on pointless (a missing entry file, a deck with errors).
 * It carries the diagnostics to print; the CLI prints them without a stack trace.
 */
public final class DeckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;

    public DeckException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public DeckException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "deck error" : diagnostics.get(0).toString());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
