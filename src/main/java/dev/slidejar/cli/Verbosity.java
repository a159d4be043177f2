package dev.slidejar.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code -v}: show stack traces of failures, for bug reports. Shared by every command. */
public final class Verbosity {
    static boolean verbose;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces of failures (for bug reports).")
    void setVerbose(boolean value) {
        verbose = value;
    }
}
