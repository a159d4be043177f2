package dev.slidejar.export;

import dev.slidejar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote and what it found worth telling.
 *
 * @param output the PDF or Markdown file, or the PNG folder; null when nothing was written (a PDF with a failed page)
 * @param slides how many slides were exported
 * @param pages how many pages or images were written
 * @param diagnostics the build's, and each slide that failed or had an image missing
 */
public record ExportResult(Path output, int slides, int pages, List<Diagnostic> diagnostics) {
    public ExportResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
