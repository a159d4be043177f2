package dev.slidejar.site;

import dev.slidejar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** What a build wrote and what it found worth telling. */
public record BuildResult(Path outDir, int slides, int files, List<Diagnostic> diagnostics) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
