package dev.slidejar.cli;

import dev.slidejar.deck.SourceFile;
import dev.slidejar.export.ExportFormat;
import dev.slidejar.export.ExportProgress;
import dev.slidejar.export.ExportResult;
import dev.slidejar.export.Exporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code slidejar export [ENTRY] [--format pdf|png|pptx|md] ...}: the deck as PDF, PNGs, PowerPoint or Markdown. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the deck to PDF, PNG or Markdown with the system's headless Chromium.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntryOption entry;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf, png, pptx or md (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "PATH",
            description = "The file (pdf, md) or folder (png) to write, relative to the working directory "
                    + "(default: the deck's exportFilename, else <entry>-export).")
    Path output;

    @Option(names = {"-c", "--with-clicks"}, description = "A page (or image) for every click.")
    boolean withClicks;

    @Option(names = "--range", paramLabel = "RANGE", description = "The slides to export, e.g. 1,4-6 (default: all).")
    String range;

    @Option(names = "--dark", description = "Export in dark mode.")
    boolean dark;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "30000",
            description = "How long a page may take to be ready, in ms (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--wait", paramLabel = "MS", defaultValue = "0",
            description = "Extra time to wait once a page is ready, in ms (default: ${DEFAULT-VALUE}).")
    long waitMs;

    @Option(names = "--executable-path", paramLabel = "FILE",
            description = "The Chromium to use (default: chromium, chromium-browser or google-chrome on PATH).")
    Path executablePath;

    @Option(names = "--with-toc", description = "PDF: an outline with a bookmark per slide title.")
    boolean withToc;

    @Option(names = "--per-slide", description = "PDF: render each slide on its own and merge the pages.")
    boolean perSlide;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "2",
            description = {"Device scale factor of PNGs (default: ${DEFAULT-VALUE}); in a PDF, images larger than"
                    + " FACTOR times their size on the slide are shrunk to it."})
    double scale;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.of(format);
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), "--format '" + format + "': pdf, png, pptx or md");
        }
        if (timeout <= 0 || waitMs < 0 || !(scale > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout and --scale must be positive, --wait not "
                    + "negative");
        }
        Exporter exporter = Exporter.builder().format(chosen).output(output).withClicks(withClicks).range(range)
                .dark(dark).timeout(Duration.ofMillis(timeout)).wait(Duration.ofMillis(waitMs))
                .executablePath(executablePath).withToc(withToc).perSlide(perSlide).scale(scale).build();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        ExportResult result = exporter.export(entry.path(), progress(err));
        err.println();
        DiagnosticPrinter.print(err, result.diagnostics());
        PrintWriter out = spec.commandLine().getOut();
        if (result.output() == null) {
            err.println("slidejar: nothing written: a page failed");
            err.flush();
        } else {
            String unit = chosen == ExportFormat.PDF || chosen == ExportFormat.PPTX ? "page" : "image";
            out.printf(Locale.ROOT, "Exported %s (%s) to %s in %.1f s%n", Plural.of(result.slides(), "slide"),
                    Plural.of(result.pages(), unit), SourceFile.userPath(result.output()),
                    (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        return result.hasErrors() ? ErrorReporter.EXIT_FAILURE : 0;
    }

    /** One line on stderr, rewritten in place: {@code rendering slide 3 of 32 (1.4 s)}. */
    private static ExportProgress progress(PrintWriter err) {
        return (done, total, elapsed) -> {
            err.printf(Locale.ROOT, "\r  rendering slide %d of %d (%.1f s)", done, total, elapsed.toMillis() / 1000.0);
            err.flush();
        };
    }
}
