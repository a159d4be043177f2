package dev.slidejar.diag;

/** How bad a {@link Diagnostic} is: an error fails the command, a warning is only reported. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the message, as compilers print it. */
    public String label() {
        return label;
    }
}
