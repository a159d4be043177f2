package dev.slidejar.export;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckLoader;
import dev.slidejar.deck.SlideRange;
import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.export.internal.CdpClient.CdpException;
import dev.slidejar.export.internal.Chromium;
import dev.slidejar.export.internal.ShrinkCache;
import dev.slidejar.export.internal.StaticServer;
import dev.slidejar.export.internal.Tab;
import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Exports a deck as {@code slidev export} does: the site is rendered into memory, served on loopback,
 * and each page is rendered by the system's headless Chromium, then printed (PDF) or captured (PNG). Configured
 * once with {@link #builder()}; {@link #export(Path, ExportProgress)} may run any number of times.
 */
public final class Exporter {
    static {
        // PDFBox logs through commons-logging, which finds POI's Log4j API without a provider behind it and says
        // so on every export; Log4j's own simple logger (errors only, to stderr) is provider enough
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    final ExportFormat format;
    final Path output;
    final boolean withClicks;
    final String range;
    final boolean dark;
    final Duration timeout;
    final Duration wait;
    final Path executablePath;
    final String searchPath;
    final boolean withToc;
    final boolean perSlide;
    final double scale;
    final Path cacheDir;
    final Path intoSite;

    private Exporter(Builder b) {
        this.format = b.format;
        this.output = b.output;
        this.withClicks = b.withClicks;
        this.range = b.range;
        this.dark = b.dark;
        this.timeout = b.timeout;
        this.wait = b.wait;
        this.executablePath = b.executablePath;
        this.searchPath = b.searchPath;
        this.withToc = b.withToc;
        this.perSlide = b.perSlide;
        this.scale = b.scale;
        this.cacheDir = b.cacheDir;
        this.intoSite = b.intoSite;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Exports the deck of {@code entry}. Throws {@link DeckException} when it cannot start (a bad deck or range, no
     * Chromium); a slide that fails is reported in the result, and the others are still exported.
     */
    public ExportResult export(Path entry, ExportProgress progress) {
        Deck deck = DeckLoader.load(entry);
        if (deck.hasErrors()) {
            throw new DeckException(deck.diagnostics());
        }
        List<Integer> slides = slides(deck.slides().size());
        Path browser = browser();
        Path output = outputPath(deck);
        checkWritable(output, format == ExportFormat.PNG ? output : output.getParent());
        Path work = null;
        java.util.concurrent.CompletableFuture<Chromium> starting = null;
        Thread cleanup = null;
        try {
            work = Files.createTempDirectory("slidejar-export-");
            // the browser starts (and we connect to it) while the site is built
            Path chromiumDir = work.resolve("chromium");
            Launch process = new Launch();
            cleanup = cleanupOnExit(process, work);
            starting = java.util.concurrent.CompletableFuture.supplyAsync(() -> start(browser, chromiumDir, process));
            // served from memory: nothing of the site is written
            Site site = SiteBuilder.builder().build().render(deck);
            Chromium chromium = started(starting);
            ShrinkCache cache = cacheDir == null ? null : ShrinkCache.in(cacheDir, chromium.version());
            // the print page (a PDF without clicks) may load the copies an earlier export kept of its pictures
            boolean printPage = format == ExportFormat.PDF && !withClicks && !perSlide;
            try (StaticServer server = StaticServer.serve(site, cache, printPage); chromium) {
                Tab tab = Tab.open(chromium.cdp());
                // the browser shuts down while the PDF is finished; closing it below waits for that
                ExportRun run = new ExportRun(this, deck, site, server, tab, work, progress, () -> {
                    Thread closing = new Thread(chromium::close, "slidejar-chromium-close");
                    closing.setDaemon(true);
                    closing.start();
                });
                ExportResult result = run.export(slides, output);
                if (cache != null) {
                    try {
                        cache.trim(ShrinkCache.LIMIT);
                    } catch (IOException e) {
                        // a cache that cannot be trimmed is not worth failing the export for
                    }
                }
                return result;
            } catch (CdpException e) {
                throw new DeckException(Diagnostic.error(null, "Chromium failed: " + e.getMessage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (starting != null) {
                Chromium chromium = starting.handle((c, e) -> c).join();
                if (chromium != null) {
                    chromium.close(); // closed already, or never used: the build failed
                }
            }
            delete(work);
            if (cleanup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook runs anyway
                }
            }
        }
    }

    /**
     * Registers what an export interrupted by Ctrl-C (or a kill) leaves to clean: the browser, ended before it can
     * write more, then the temporary folder with its profile. Returns the hook, to be removed when the export ends.
     */
    private static Thread cleanupOnExit(Launch browser, Path work) {
        Thread hook = new Thread(() -> {
            browser.end();
            delete(work);
        }, "slidejar-export-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /**
     * What an export runs in this JVM besides driving the browser, without one: the site of {@code entry} served
     * from memory and its print page fetched, then a made-up printed PDF (written in {@code dir}) finished with
     * metadata and an outline, and once with metadata alone. For the launcher's class-data archive
     * ({@code dev.slidejar.cli.Train}): an export then maps these classes (PDFBox's above all) instead of loading
     * them.
     */
    public static void train(Path entry, Path dir) throws IOException {
        Site site = SiteBuilder.builder().build().render(entry);
        try (StaticServer server = StaticServer.serve(site);
                java.io.InputStream in = new java.net.URL(server.url("print/index.html")).openStream()) {
            in.readAllBytes();
        }
        Files.createDirectories(dir);
        Path printed = dir.resolve("printed.pdf");
        PdfFile.sample(printed);
        PdfFile.finish(printed, dir.resolve("finished.pdf"), PdfFile.Metadata.of(site.deck().slides().get(0)),
                List.of(new PdfFile.Bookmark("Slidejar", 1, 0, new ArrayList<>())));
        PdfFile.sample(printed);
        PdfFile.finish(printed, dir.resolve("appended.pdf"), PdfFile.Metadata.of(site.deck().slides().get(0)),
                List.of());
    }

    /** Fails at once, before the browser starts, when {@code output} cannot be written into {@code dir}. */
    private static void checkWritable(Path output, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".slidejar-", ".tmp"));
        } catch (IOException e) {
            throw new DeckException(Diagnostic.cannotWrite(output, e));
        }
    }

    /** The browser {@link #start} started, or the reason it could not. */
    private static Chromium started(java.util.concurrent.CompletableFuture<Chromium> starting) {
        try {
            return starting.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The slides {@code --range} selects; an error when it selects none or names slide 0. */
    private List<Integer> slides(int total) {
        List<Integer> slides = SlideRange.parse(total, range);
        if (slides.isEmpty() || slides.get(0) < 1) {
            throw new DeckException(Diagnostic.error(null, "--range '" + range + "' selects "
                    + (slides.isEmpty() ? "no slide" : "slide " + slides.get(0)) + " of " + total)
                    .withHint("slides are numbered from 1, e.g. --range 1,4-6"));
        }
        return slides;
    }

    private Path browser() {
        if (executablePath != null) {
            if (!Files.isRegularFile(executablePath) || !Files.isExecutable(executablePath)) {
                throw new DeckException(Diagnostic.error(null, "--executable-path '" + executablePath
                        + "' is not an executable file").withHint("name Chromium's binary, e.g. /usr/bin/chromium"));
            }
            return executablePath;
        }
        return Chromium.find(searchPath).orElseThrow(() -> new DeckException(Diagnostic.error(null,
                "no Chromium found to export with (looked for " + String.join(", ", Chromium.NAMES) + " on PATH)")
                .withHint("install Chromium (apt-get install chromium) or pass --executable-path")));
    }

    private static Chromium start(Path browser, Path dir, Launch process) {
        if (!process.begin()) {
            throw new DeckException(Diagnostic.error(null, "the export was interrupted"));
        }
        try {
            return Chromium.launch(browser, Files.createDirectories(dir), process::started);
        } catch (IOException e) {
            throw new DeckException(Diagnostic.error(null, "cannot start '" + browser + "': " + e.getMessage())
                    .withHint("pass another browser with --executable-path"));
        } finally {
            process.done();
        }
    }

    /**
     * The browser's process as the shutdown hook sees it. A process being started is not known until it runs, and
     * may then still create its profile: the hook waits for the start to end (5 s at most) before it kills the
     * browser and deletes the temporary folder, and a browser that starts once the hook has begun is killed at once.
     */
    private static final class Launch {
        private Process process;
        private boolean launching;
        private boolean ending;

        /** Whether a browser may be started: not once the JVM is ending. */
        synchronized boolean begin() {
            launching = !ending;
            return launching;
        }

        /** A browser's process runs (a second one if the first exited at once). */
        void started(Process started) {
            synchronized (this) {
                process = started;
                if (!ending) {
                    return;
                }
            }
            Chromium.kill(started); // its start then fails, and ends
        }

        synchronized void done() {
            launching = false;
            notifyAll();
        }

        /** Kills the browser, once a start under way has ended. */
        void end() {
            Process running;
            synchronized (this) {
                ending = true;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                try {
                    long left = deadline - System.nanoTime();
                    while (launching && left > 0) {
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                        left = deadline - System.nanoTime();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running = process;
            }
            if (running != null) {
                Chromium.kill(running);
            }
        }
    }

    /** {@code --output}, else the deck's {@code exportFilename}, else {@code <entry name>-export}, as Slidev names it. */
    Path outputPath(Deck deck) {
        Path path = output;
        if (path == null) {
            path = Path.of(deck.exportName());
        }
        String suffix = switch (format) {
            case PDF -> ".pdf";
            case MD -> ".md";
            case PPTX -> ".pptx";
            case PNG -> "";
        };
        if (!path.getFileName().toString().endsWith(suffix)) {
            path = path.resolveSibling(path.getFileName() + suffix);
        }
        return path.toAbsolutePath().normalize();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the export for
        }
    }

    /** The options of {@code slidev export}, with its defaults. */
    public static final class Builder {
        private ExportFormat format = ExportFormat.PDF;
        private Path output;
        private boolean withClicks;
        private String range;
        private boolean dark;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration wait = Duration.ZERO;
        private Path executablePath;
        private String searchPath = System.getenv("PATH");
        private boolean withToc;
        private boolean perSlide;
        private double scale = 2;
        private Path cacheDir = ShrinkCache.defaultDir(System.getenv(), System.getProperty("user.home")).orElse(null);
        private Path intoSite;

        public Builder format(ExportFormat value) {
            this.format = Objects.requireNonNull(value);
            return this;
        }

        /** The file (pdf, md) or folder (png) to write, relative to the working directory; null for the default. */
        public Builder output(Path value) {
            this.output = value;
            return this;
        }

        /** A page or image per click, not only the slide's last click. */
        public Builder withClicks(boolean value) {
            this.withClicks = value;
            return this;
        }

        /** {@code 1,4-6}: the slides to export (see {@link SlideRange}); null for all. */
        public Builder range(String value) {
            this.range = value;
            return this;
        }

        /** Dark mode (prefers-color-scheme: dark), unless the deck fixes {@code colorSchema: light}. */
        public Builder dark(boolean value) {
            this.dark = value;
            return this;
        }

        /** How long a page may take to be ready. */
        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value);
            return this;
        }

        /** Extra time to wait once a page is ready. */
        public Builder wait(Duration value) {
            this.wait = Objects.requireNonNull(value);
            return this;
        }

        /** The browser's binary; null to search {@link #searchPath(String)}. */
        public Builder executablePath(Path value) {
            this.executablePath = value;
            return this;
        }

        /** The folders searched for Chromium ({@code PATH} by default). */
        public Builder searchPath(String value) {
            this.searchPath = value;
            return this;
        }

        /** A PDF outline: a bookmark per slide title, nested by level. */
        public Builder withToc(boolean value) {
            this.withToc = value;
            return this;
        }

        /** PDF: print each slide page alone and merge them (instead of the print page). */
        public Builder perSlide(boolean value) {
            this.perSlide = value;
            return this;
        }

        /** The device scale factor of PNGs: a 980 px wide canvas gives 1960 px images at 2. */
        public Builder scale(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("scale must be positive: " + value);
            }
            this.scale = value;
            return this;
        }

        /**
         * The folder of shrunk image copies kept between exports ({@link ShrinkCache}); null for none. By default
         * {@code ~/.cache/slidejar/shrunk} (see {@link ShrinkCache#defaultDir}).
         */
        public Builder cacheDir(Path value) {
            this.cacheDir = value;
            return this;
        }

        /**
         * The folder of the deck's built site when the PDF goes into it ({@code build --download}): the PDF's links
         * to the site's files then point to them there, relative to the PDF (a slide it does not show, the overview).
         * Null (the default) for a PDF on its own: such links point to the deck's files (an image, a file of
         * {@code public/}), relative to the PDF, and a link to a page of the site is left out.
         */
        public Builder intoSite(Path value) {
            this.intoSite = value;
            return this;
        }

        public Exporter build() {
            return new Exporter(this);
        }
    }
}
