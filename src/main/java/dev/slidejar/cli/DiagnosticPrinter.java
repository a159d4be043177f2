package dev.slidejar.cli;

import dev.slidejar.diag.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics the way compilers do, one per line, errors and warnings alike. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(d);
        }
        err.flush();
    }
}
