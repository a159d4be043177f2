package dev.slidejar.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** {@code -v}: show stack traces of failures, for bug reports. Shared by every command. */
public final class Verbosity {
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces of failures (for bug reports).")
    boolean verbose;

    /** Whether {@code -v} was given to the command or any of its subcommands. */
    static boolean requested(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
