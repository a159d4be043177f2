package dev.slidejar.deck.internal;

/** A YAML syntax or semantic error at a 0-based line and column of the YAML text. */
public final class YamlProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public YamlProblem(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
