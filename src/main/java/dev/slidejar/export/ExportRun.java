package dev.slidejar.export;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckConfig;
import dev.slidejar.deck.Slide;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import dev.slidejar.export.internal.CdpClient.CdpException;
import dev.slidejar.export.internal.StaticServer;
import dev.slidejar.export.internal.Tab;
import dev.slidejar.export.internal.Tab.PageException;
import dev.slidejar.site.Site;
import dev.slidejar.site.SitePaths;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One export's state: the served site, the browser tab, the pages written so far, what went wrong. */
final class ExportRun {
    private final Exporter options;
    private final Deck deck;
    private final Site site;
    private final DeckConfig config;
    private final StaticServer server;
    private final Tab tab;
    private final Path work;
    private final ExportProgress progress;
    private final List<Diagnostic> diagnostics;
    /** Told when the browser has done its part, so that it can shut down while the output is written. */
    private final Runnable browserDone;
    private final long start = System.nanoTime();
    /** The page index (0-based) of each exported slide's first page, in order. */
    private final Map<Integer, Integer> firstPages = new LinkedHashMap<>();
    private int pages;

    ExportRun(Exporter options, Deck deck, Site site, StaticServer server, Tab tab, Path work,
            ExportProgress progress, Runnable browserDone) {
        this.options = options;
        this.deck = deck;
        this.site = site;
        this.config = site.config();
        this.server = server;
        this.tab = tab;
        this.work = work;
        this.progress = progress;
        this.diagnostics = new ArrayList<>(site.diagnostics());
        this.browserDone = browserDone;
    }

    ExportResult export(List<Integer> slides, Path output) throws IOException, CdpException {
        tab.media(options.dark || config.colorSchema().equals("dark"));
        tab.viewport(config.canvasWidth(), config.canvasHeight(),
                options.format == ExportFormat.PDF ? 1 : options.scale);
        Path written = switch (options.format) {
            case PDF -> pdf(slides, output);
            case PNG -> png(slides, output, true);
            case MD -> md(slides, output);
            case PPTX -> pptx(slides, output);
        };
        return new ExportResult(written, slides.size(), pages, diagnostics);
    }

    /**
     * The print page printed whole, its images first shrunk to twice ({@code --scale}) their size on the slide;
     * with clicks or {@code --per-slide}, each slide page printed and merged. */
    private Path pdf(List<Integer> slides, Path output) throws IOException, CdpException {
        Path printed = work.resolve("printed.pdf");
        if (!options.withClicks && !options.perSlide) {
            try {
                warnImages(tab.load(server.url("print/index.html"), darkClass(), false, options.timeout,
                        options.wait));
            } catch (PageException e) {
                diagnostics.add(Diagnostic.error(null, "the print page: " + e.getMessage()));
                return null;
            }
            try {
                // a PDF of what the slides show, not of the cameras' originals
                tab.shrinkImages(options.scale, options.timeout);
            } catch (CdpException e) {
                if (!e.timedOut()) {
                    throw e;
                }
                diagnostics.add(Diagnostic.error(null, "the print page: not ready after "
                        + options.timeout.toMillis() + " ms; a larger --timeout may help"));
                return null;
            }
            if (slides.size() < deck.slides().size()) {
                tab.linkUnprintedSlidesToTheirPages(slides);
            }
            Duration printTimeout = options.timeout.plusSeconds(slides.size());
            tab.printToPdf(printed, 0, 0, PdfFile.pageRanges(slides), printTimeout);
            browserDone.run();
            for (int no : slides) {
                firstPages.put(no, pages++);
            }
            progress.rendered(slides.size(), slides.size(), elapsed());
        } else {
            Path parts = Files.createDirectories(work.resolve("pages"));
            List<Path> files = new ArrayList<>();
            eachPage(slides, (no, clicks) -> {
                Path part = parts.resolve(files.size() + ".pdf");
                tab.printToPdf(part, config.canvasWidth(), config.canvasHeight(), "1", options.timeout);
                files.add(part);
            });
            browserDone.run();
            if (hasErrors()) {
                return null;
            }
            PdfFile.merge(files, printed, server.url(""), firstPages, uri -> localLink(uri, output));
        }
        if (hasErrors()) {
            return null;
        }
        Files.createDirectories(output.getParent());
        List<PdfFile.Bookmark> outline = options.withToc ? PdfFile.outline(deck.slides(), firstPages) : List.of();
        PdfFile.finish(printed, output, PdfFile.Metadata.of(deck.slides().get(0)), outline, server.url(""),
                uri -> localLink(uri, output));
        return output;
    }

    /**
     * Where a link to {@code uri} on the export's server ({@code http://127.0.0.1:PORT/paper.pdf#page=2}) goes in
     * the PDF written to {@code output}: the file the server sent, relative to the PDF (see {@link
     * Exporter.Builder#intoSite}), or nowhere when there is no such file.
     */
    private Optional<String> localLink(String uri, Path output) throws IOException {
        String path = uri.substring(server.url("").length());
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : path.substring(hash);
        String request = hash < 0 ? path : path.substring(0, hash);
        int query = request.indexOf('?');
        Optional<String> sitePath = SitePaths.resolve("/" + (query < 0 ? request : request.substring(0, query)));
        if (sitePath.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> file;
        if (options.intoSite != null) {
            Path inSite = options.intoSite.resolve(sitePath.get());
            file = Files.isRegularFile(inSite) ? Optional.of(inSite) : Optional.empty();
        } else {
            file = site.source(sitePath.get());
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path from = output.toAbsolutePath().normalize().getParent();
        Path relative = from.relativize(file.get().toAbsolutePath().normalize());
        StringBuilder link = new StringBuilder();
        for (Path name : relative) {
            link.append(link.length() == 0 ? "" : "/").append(name);
        }
        try {
            String encoded = new URI(null, null, link.toString(), null).toASCIIString();
            // a first segment with a colon would read as a scheme
            return Optional.of((encoded.indexOf(':') >= 0 ? "./" : "") + encoded + fragment);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** One PNG per slide (or click), named as Slidev names them. {@code clean}: remove the folder's old PNGs. */
    private Path png(List<Integer> slides, Path folder, boolean clean) throws IOException, CdpException {
        Files.createDirectories(folder);
        if (clean) {
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "*.png")) {
                for (Path p : old) {
                    Files.delete(p);
                }
            }
        }
        eachPage(slides, (no, clicks) -> tab.screenshot(folder.resolve(pngName(no, clicks))));
        browserDone.run();
        return folder;
    }

    /** Slidev's names: {@code 1.png}; with clicks {@code 001-01.png} (click + 1); per slide {@code 01.png}, {@code 01-2.png}. */
    String pngName(int no, int clicks) {
        if (options.perSlide) {
            return String.format("%02d%s.png", no, clicks > 0 ? "-" + clicks : "");
        }
        return options.withClicks ? String.format("%03d-%02d.png", no, clicks + 1) : no + ".png";
    }

    /** The PNGs beside a Markdown file that shows them, each slide's notes under its images, as Slidev writes it. */
    private Path md(List<Integer> slides, Path output) throws IOException, CdpException {
        Map<Integer, List<String>> images = new LinkedHashMap<>();
        Path folder = output.getParent();
        Files.createDirectories(folder);
        eachPage(slides, (no, clicks) -> {
            String name = pngName(no, clicks);
            tab.screenshot(folder.resolve(name));
            images.computeIfAbsent(no, k -> new ArrayList<>()).add(name);
        });
        browserDone.run();
        List<String> parts = new ArrayList<>();
        for (int no : slides) {
            Slide slide = deck.slides().get(no - 1);
            StringBuilder part = new StringBuilder();
            String title = slide.title() == null || slide.title().toString().isEmpty() ? String.valueOf(no)
                    : slide.title().toString();
            for (String name : images.getOrDefault(no, List.of())) {
                part.append("![").append(title).append("](./").append(name).append(")\n\n");
            }
            if (slide.note() != null && !slide.note().isEmpty()) {
                part.append(slide.note().strip()).append("\n\n");
            }
            parts.add(part.toString());
        }
        Files.writeString(output, String.join("---\n\n", parts), StandardCharsets.UTF_8);
        return output;
    }

    /**
     * A PowerPoint file as Slidev's pptx export makes it: slides of the canvas size, each a full-size picture of
     * the slide (or of each click), with the slide's notes as plain text in its notes page.
     */
    private Path pptx(List<Integer> slides, Path output) throws IOException, CdpException {
        Path shots = Files.createDirectories(work.resolve("pptx"));
        List<Object[]> pictures = new ArrayList<>();
        eachPage(slides, (no, clicks) -> {
            Path png = shots.resolve(pngName(no, clicks));
            tab.screenshot(png);
            pictures.add(new Object[] {no, png});
        });
        browserDone.run();
        int width = config.canvasWidth();
        int height = config.canvasHeight();
        try (org.apache.poi.xslf.usermodel.XMLSlideShow ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            ppt.setPageSize(new java.awt.Dimension(width * 3 / 4, height * 3 / 4));
            for (Object[] picture : pictures) {
                int no = (Integer) picture[0];
                var slide = ppt.createSlide();
                var data = ppt.addPicture(Files.readAllBytes((Path) picture[1]),
                        org.apache.poi.sl.usermodel.PictureData.PictureType.PNG);
                slide.createPicture(data).setAnchor(new java.awt.Rectangle(0, 0, width * 3 / 4, height * 3 / 4));
                String note = deck.slides().get(no - 1).note();
                if (note != null && !note.isBlank()) {
                    var notes = ppt.getNotesSlide(slide);
                    for (var shape : notes.getPlaceholders()) {
                        if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                            shape.setText(note.strip());
                        }
                    }
                }
            }
            Files.createDirectories(output.toAbsolutePath().getParent());
            try (var out = Files.newOutputStream(output)) {
                ppt.write(out);
            }
        }
        return output;
    }

    private interface Capture {
        void take(int no, int clicks) throws IOException, CdpException;
    }

    /**
     * Loads each slide's page ({@code ?print=true}: its last click; with clicks, {@code &clicks=K} for every K)
     * and captures it. A page that fails is reported with its slide's position, and the export goes on.
     */
    private void eachPage(List<Integer> slides, Capture capture) throws IOException, CdpException {
        int done = 0;
        for (int no : slides) {
            Tab.Ready first = load(no, options.withClicks ? 0 : -1);
            if (first != null) {
                firstPages.put(no, pages);
                capture.take(no, options.withClicks ? 0 : -1);
                pages++;
                for (int k = 1; options.withClicks && k <= first.clicks(); k++) {
                    if (load(no, k) != null) {
                        capture.take(no, k);
                        pages++;
                    }
                }
            }
            progress.rendered(++done, slides.size(), elapsed());
        }
    }

    private Tab.Ready load(int no, int clicks) {
        String url = server.url(no + "/index.html?print=true" + (clicks >= 0 ? "&clicks=" + clicks : ""));
        try {
            Tab.Ready ready = tab.load(url, false, options.timeout, options.wait);
            warnImages(ready);
            return ready;
        } catch (PageException e) {
            diagnostics.add(Diagnostic.error(pos(no), "slide " + no + (clicks > 0 ? " (click " + clicks + ")" : "")
                    + ": " + e.getMessage()));
            return null;
        }
    }

    /**
     * A warning for each image a page could not load (its {@code src} as the page has it, without the print page's
     * own {@code ?kept}), unless the build warned of that file on that slide already (a missing file).
     */
    private void warnImages(Tab.Ready ready) {
        for (String failed : ready.failedImages()) {
            int space = failed.indexOf(' ');
            int no = Integer.parseInt(failed.substring(0, space));
            String src = failed.substring(space + 1);
            if (src.endsWith("?" + StaticServer.KEPT)) {
                src = src.substring(0, src.length() - StaticServer.KEPT.length() - 1);
            }
            String name = src.substring(src.lastIndexOf('/') + 1);
            Slide slide = no >= 1 && no <= deck.slides().size() ? deck.slides().get(no - 1) : null;
            if (slide == null) {
                diagnostics.add(Diagnostic.warning(null, "slide " + no + ": image '" + src + "' could not be loaded"));
                continue;
            }
            // the line that names it: as the page has it (a remote URL), else its file's name
            SourcePos at = slide.lineOf(src).or(() -> slide.lineOf(name)).orElseGet(slide.source()::pos);
            boolean known = !name.isEmpty() && diagnostics.stream().anyMatch(d -> slide.holds(d.pos())
                    && d.message().startsWith("missing file '") && d.message().contains(name + "'"));
            if (!known) {
                diagnostics.add(Diagnostic.warning(at, "slide " + no + ": image '" + src + "' could not be loaded"));
            }
        }
    }

    /** The print page has no runtime to apply the color schema; dark unless the deck fixes light. */
    private boolean darkClass() {
        return config.colorSchema().equals("dark") || options.dark && !config.colorSchema().equals("light");
    }

    private boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private SourcePos pos(int no) {
        return deck.slides().get(no - 1).source().pos();
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
