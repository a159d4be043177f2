package dev.slidejar.cli;

import dev.slidejar.site.BuildResult;
import dev.slidejar.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code slidejar build [ENTRY] [--out dist] [--base /]}: the deck as a static site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the deck as a static site: every slide as HTML at /N, assets, public files.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntryOption entry;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "dist",
            description = "Output folder, relative to the deck's folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base", paramLabel = "PATH", defaultValue = "/",
            description = "Public path the site is served under, e.g. /talk/ (default: ${DEFAULT-VALUE}). "
                    + "Links are relative, so the site works anywhere; the base is used for 404.html only.")
    String base;

    @Option(names = "--download", description = "Export the deck's PDF into the site and offer it in the controls "
            + "(as download: true in the headmatter). Needs Chromium.")
    boolean download;

    @Option(names = "--executable-path", paramLabel = "PATH",
            description = "Chromium to export the PDF with (--download); default: chromium on PATH.")
    Path executablePath;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        BuildResult result = SiteBuilder.builder().outDir(out).base(base).download(download).build()
                .build(entry.path());
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticPrinter.print(err, result.diagnostics());
        if (result.pdf() != null) {
            // download: true: the deck's PDF goes into the site, for the controls' download button
            var exported = dev.slidejar.export.Exporter.builder().format(dev.slidejar.export.ExportFormat.PDF)
                    .output(result.outDir().resolve(result.pdf())).intoSite(result.outDir())
                    .executablePath(executablePath).build()
                    .export(entry.path(), (done, total, elapsed) -> {
                        err.printf(java.util.Locale.ROOT, "\r  exporting the PDF: slide %d of %d", done, total);
                        err.flush();
                    });
            err.println();
            // the export renders the deck again: what the build reported is not said twice
            DiagnosticPrinter.print(err, exported.diagnostics().stream()
                    .filter(d -> !result.diagnostics().contains(d)).toList());
            if (exported.hasErrors()) {
                return ErrorReporter.EXIT_FAILURE;
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        PrintWriter o = spec.commandLine().getOut();
        o.printf("Built %s into %s (%s) in %d ms%n", Plural.of(result.slides(), "slide"),
                dev.slidejar.deck.SourceFile.userPath(result.outDir()), Plural.of(result.files(), "file"), ms);
        o.flush();
        return 0;
    }
}
