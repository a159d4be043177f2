package dev.slidejar.cli;

import dev.slidejar.diag.DeckException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into a message and exit status 1; a stack trace only with {@code -v}. */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final int EXIT_FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean verbose = Verbosity.requested(parseResult);
        if (ex instanceof DeckException de) {
            DiagnosticPrinter.print(err, de.diagnostics());
        } else {
            err.println("slidejar: internal error: " + ex + (verbose ? "" : " (run with -v for details)"));
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILURE;
    }
}
