package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slidejar export} in real Chromium on a four-slide deck: the first browser found on PATH (Debian's
 * chromium-headless-shell when installed, else its chromium).
 */
class ExportCommandTest {
    static final String DECK = """
            ---
            title: Export test
            author: Ada
            info: A deck to export
            ---

            # Alpha slide

            First

            ---

            # Beta slide

            <div v-click>one</div>
            <div v-click>two</div>

            ---

            ## Gamma slide

            Third

            <!--
            Gamma notes.
            -->

            ---

            # Delta slide
            """;

    @TempDir
    Path dir;
    Path deck;

    @BeforeEach
    void writeDeck() throws IOException {
        deck = dir.resolve("slides.md");
        Files.writeString(deck, DECK);
    }

    @Test
    void pdfHasAPagePerSlideOfTheSlideSizeWithSelectableTitles() throws IOException {
        Path pdf = dir.resolve("out/talk.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", dir.resolve("out/talk")
                .toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Exported 4 slides (4 pages) to");
        assertThat(r.err()).contains("rendering slide 4 of 4");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(735f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(414f, org.assertj.core.data.Offset.offset(0.5f));
            }
            String[] titles = {"Alpha slide", "Beta slide", "Gamma slide", "Delta slide"};
            for (int i = 0; i < titles.length; i++) {
                assertThat(text(doc, i + 1)).contains(titles[i]);
            }
            assertThat(text(doc, 2)).contains("one").contains("two");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Export test");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Ada");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("A deck to export");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void pdfEmbedsImagesAtTwiceTheirSizeOnTheSlideAndJpegsAsTheyAre() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        // no run a compressor could shorten
        java.awt.image.BufferedImage photo = picture(2400, 1200, (x, y) -> (x * 7 + y * 13) & 0xffffff);
        javax.imageio.ImageIO.write(photo, "png", dir.resolve("public/big.png").toFile());
        javax.imageio.ImageIO.write(photo, "jpg", dir.resolve("public/big.jpg").toFile());
        Files.writeString(deck, "# Pictures\n\n<img src=\"/big.png\" style=\"width: 300px\">\n"
                + "<img src=\"/big.jpg\" style=\"width: 300px\">\n");
        Path pdf = dir.resolve("pictures.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<int[]> sizes = new java.util.ArrayList<>();
            List<String> filters = new java.util.ArrayList<>();
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    sizes.add(new int[] {i.getWidth(), i.getHeight()});
                    filters.add(i.getCOSObject().getFilters().toString());
                }
            }
            // the PNG: 300 px wide on the slide, so 600 px in the PDF (of 2400); the JPEG: its own bytes, whole
            assertThat(sizes).anySatisfy(wh -> assertThat(wh).containsExactly(600, 300))
                    .anySatisfy(wh -> assertThat(wh).containsExactly(2400, 1200));
            assertThat(filters).anySatisfy(f -> assertThat(f).contains("DCTDecode"));
        }
    }

    @Test
    void aLossyWebpIsEmbeddedAsAJpegAndALosslessOrTransparentOneLossless() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        // 1000x500 each, 300 px wide on the slide: copies of 600x300; made by Chromium's encoder (with an ICC
        // chunk before the picture, as cameras and browsers write them)
        String slide = "# WebP\n\n";
        for (String name : List.of("lossy", "alpha", "lossless")) {
            try (var in = ExportCommandTest.class.getResourceAsStream("/export/" + name + ".webp")) {
                Files.write(dir.resolve("public/" + name + ".webp"), in.readAllBytes());
            }
            slide += "<img src=\"/" + name + ".webp\" alt=\"" + name + "\" style=\"width: 300px\">\n";
        }
        Files.writeString(deck, slide);
        Path pdf = dir.resolve("webp.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> images = new ArrayList<>();
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    images.add(i.getWidth() + "x" + i.getHeight() + " " + i.getCOSObject().getFilters()
                            + (i.getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.SMASK) ? " masked" : ""));
                }
            }
            // in the page's order: the lossy one's JPEG; the transparent one lossless with its alpha as a mask;
            // the lossless one lossless
            assertThat(images).hasSize(3);
            assertThat(images).filteredOn(i -> i.contains("DCTDecode")).containsExactly("600x300 COSName{DCTDecode}");
            assertThat(images).filteredOn(i -> !i.contains("DCTDecode")).hasSize(2)
                    .allSatisfy(i -> assertThat(i).startsWith("600x300 COSName{FlateDecode}"))
                    .anySatisfy(i -> assertThat(i).endsWith("masked"));
        }
    }

    @Test
    void aLossyWebpShownAtAboutItsSizeOrAsABackgroundIsEmbeddedAsAJpegOfItsSize() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        for (String name : List.of("lossy", "lossless")) {
            try (var in = ExportCommandTest.class.getResourceAsStream("/export/" + name + ".webp")) {
                Files.write(dir.resolve("public/" + name + ".webp"), in.readAllBytes());
            }
        }
        // 1000x500 pictures 450 px wide: at twice that they would be 900 px, not much smaller than they are
        Files.writeString(deck, """
                # WebP at about its size

                <img src="/lossy.webp" style="width: 450px"><img src="/lossless.webp" style="width: 450px">

                ---
                layout: image-right
                image: /lossy.webp
                ---

                # As a background
                """);
        Path pdf = dir.resolve("webp.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(images(doc, 0)).containsExactlyInAnyOrder("1000x500 COSName{DCTDecode}",
                    "1000x500 COSName{FlateDecode}");
            assertThat(images(doc, 1)).containsExactly("1000x500 COSName{DCTDecode}");
        }
    }

    /**
     * Each slide is a page of its own that the print does not break: what runs past the slide's bottom is cut there
     * as on the screen, not pushed past the page (a picture dropped, a two-column table of contents balanced anew).
     */
    @Test
    void whatRunsPastASlidesBottomIsCutThereNotDropped() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        javax.imageio.ImageIO.write(picture(450, 300, (x, y) -> 0x2040ff), "png", dir.resolve("public/a.png").toFile());
        javax.imageio.ImageIO.write(picture(450, 300, (x, y) -> 0xff4020), "png", dir.resolve("public/b.png").toFile());
        // the second picture wraps under the first and runs past the slide's bottom
        Files.writeString(deck, "# Two pictures\n\n<img src=\"/a.png\"><img src=\"/b.png\">\n\n---\n\n# Next\n");
        Path pdf = dir.resolve("cut.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(images(doc, 0)).hasSize(2);
            assertThat(text(doc, 2)).contains("Next");
        }
    }

    /** A video that cannot be loaded shows nothing on the slide; printed, Chromium would draw it as a black box. */
    @Test
    void aVideoThatCannotBeLoadedPrintsAsNothingAsItShows() throws IOException {
        Files.writeString(deck, """
                # Video

                <SlidevVideo controls style="position: absolute; left: 500px; top: 300px; width: 300px; height: 150px">
                  <source src="/missing.mp4" type="video/mp4" />
                </SlidevVideo>
                """);
        Path pdf = dir.resolve("video.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // 980 CSS px wide at 96 dpi: one pixel per CSS pixel
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96);
            int dark = 0;
            for (int y = 310; y < 440; y++) {
                for (int x = 510; x < 790; x++) {
                    if ((page.getRGB(x, y) & 0xff) < 128) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("dark pixels where the video stands").isZero();
        }
    }

    /** The pictures page {@code index} draws, also inside its forms: "WxH filters". */
    private static List<String> images(PDDocument doc, int index) throws IOException {
        List<String> images = new ArrayList<>();
        images(doc.getPage(index).getResources(), images);
        return images;
    }

    private static void images(org.apache.pdfbox.pdmodel.PDResources resources, List<String> into)
            throws IOException {
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                into.add(i.getWidth() + "x" + i.getHeight() + " " + i.getCOSObject().getFilters());
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != null) {
                images(form.getResources(), into);
            }
        }
    }

    @Test
    void aSecondExportTakesTheShrunkCopyTheFirstKept() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        java.awt.image.BufferedImage photo = picture(2400, 1200, (x, y) -> 0x2040ff);
        javax.imageio.ImageIO.write(photo, "png", dir.resolve("public/big.png").toFile());
        Files.writeString(deck, "# Picture\n\n<img src=\"/big.png\" style=\"width: 300px\">\n");
        Path cache = dir.resolve("cache");
        export(cache, "one.pdf");
        assertThat(firstImage(dir.resolve("one.pdf"))).isEqualTo("600x300 #2040ff");
        // the kept copy, made red: the next export shows it, so it did not resample the original again
        makeTheKeptCopyRed(cache);
        export(cache, "two.pdf");
        assertThat(firstImage(dir.resolve("two.pdf"))).isEqualTo("600x300 #ff0000");
        // without a cache, or with the original changed, a copy is made anew
        export(null, "three.pdf");
        assertThat(firstImage(dir.resolve("three.pdf"))).isEqualTo("600x300 #2040ff");
        photo.setRGB(0, 0, 0x2040fe);
        javax.imageio.ImageIO.write(photo, "png", dir.resolve("public/big.png").toFile());
        export(cache, "four.pdf");
        assertThat(firstImage(dir.resolve("four.pdf"))).isEqualTo("600x300 #2040ff");
        try (var files = Files.list(cache)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }

    /**
     * The server sends the copy kept last in the original's place; the print page keeps it only where it lays it
     * out in the box it was made for, and elsewhere loads the original (then a copy of the size needed is used).
     */
    @Test
    void aKeptCopyStandsInForItsOriginalOnlyInTheBoxItWasMadeFor() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        javax.imageio.ImageIO.write(picture(2400, 1200, (x, y) -> 0x2040ff), "png",
                dir.resolve("public/big.png").toFile());
        Files.writeString(deck, "# Picture\n\n<img src=\"/big.png\" style=\"width: 300px\">\n");
        Path cache = dir.resolve("cache");
        export(cache, "one.pdf");
        makeTheKeptCopyRed(cache);

        // laid out larger now: the red copy, sent in the original's place, is not kept
        Files.writeString(deck, "# Picture\n\n<img src=\"/big.png\" style=\"width: 400px\">\n");
        export(cache, "two.pdf");
        assertThat(firstImage(dir.resolve("two.pdf"))).isEqualTo("800x400 #2040ff");

        // back to 300 px: the copy sent now (800x400, the latest) is not the one for this box; the red one is
        Files.writeString(deck, "# Picture\n\n<img src=\"/big.png\" style=\"width: 300px\">\n");
        export(cache, "three.pdf");
        assertThat(firstImage(dir.resolve("three.pdf"))).isEqualTo("600x300 #ff0000");
    }

    /**
     * Only an {@code <img>} is shrunk: a CSS background, a video's poster, an SVG {@code <image>} or generated
     * content show their original even where a kept copy of their picture stands in for an image.
     */
    @Test
    void otherUsesOfAPictureShowItsOriginalWhereACopyStandsInForAnImage() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        javax.imageio.ImageIO.write(picture(2400, 1200, (x, y) -> 0x2040ff), "png",
                dir.resolve("public/big.png").toFile());
        Files.writeString(deck, "# Picture\n\n<img src=\"/big.png\" style=\"width: 300px\">\n\n---\n\n"
                + "# Background\n\n<div style=\"width: 600px; height: 300px; background-image: url(/big.png); "
                + "background-size: cover\"></div>\n\n---\n\n"
                + "# Poster\n\n<video poster=\"/big.png\" style=\"width: 600px; height: 300px\"></video>\n\n---\n\n"
                + "# SVG\n\n<svg width=\"600\" height=\"300\"><image href=\"/big.png\" width=\"600\" height=\"300\"/>"
                + "</svg>\n\n---\n\n"
                + "# Content\n\n<div class=\"pic\"></div>\n\n"
                + "<style>\n.pic::before { content: url(/big.png); }\n</style>\n");
        Path cache = dir.resolve("cache");
        export(cache, "one.pdf");
        makeTheKeptCopyRed(cache);
        export(cache, "two.pdf");
        assertThat(firstImage(dir.resolve("two.pdf"), 0)).isEqualTo("600x300 #ff0000");
        for (int page = 1; page <= 4; page++) {
            assertThat(firstImage(dir.resolve("two.pdf"), page)).as("page %d", page + 1).endsWith("#2040ff");
        }
    }

    /** Exports the deck to {@code name} in the test's folder with the image cache {@code cache} (null: none). */
    private void export(Path cache, String name) {
        var exporter = dev.slidejar.export.Exporter.builder().cacheDir(cache).output(dir.resolve(name)).build();
        assertThat(exporter.export(deck, dev.slidejar.export.ExportProgress.NONE).hasErrors()).isFalse();
    }

    /** Replaces the one copy {@code cache} holds (600x300) with a red picture: an export showing red took it. */
    private static void makeTheKeptCopyRed(Path cache) throws IOException {
        Path kept;
        try (var files = Files.list(cache)) {
            kept = files.collect(java.util.stream.Collectors.toList()).get(0);
        }
        javax.imageio.ImageIO.write(picture(600, 300, (x, y) -> 0xff0000), "png", kept.toFile());
    }

    /** A picture whose pixel at x, y has the colour {@code rgb} gives. */
    private static java.awt.image.BufferedImage picture(int width, int height,
            java.util.function.IntBinaryOperator rgb) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, rgb.applyAsInt(x, y));
            }
        }
        return image;
    }

    /** The size of the first page's first image and the colour of its middle pixel. */
    private static String firstImage(Path pdf) throws IOException {
        return firstImage(pdf, 0);
    }

    /** The size of page {@code page}'s first image and the colour of its middle pixel. */
    private static String firstImage(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return firstImage(doc.getPage(page).getResources());
        }
    }

    /** The first image of {@code resources}, or of a form they draw (as a video's poster is drawn), or "none". */
    private static String firstImage(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                int rgb = i.getImage().getRGB(i.getWidth() / 2, i.getHeight() / 2) & 0xffffff;
                return i.getWidth() + "x" + i.getHeight() + String.format(" #%06x", rgb);
            }
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != null) {
                String inner = firstImage(form.getResources());
                if (!inner.equals("none")) {
                    return inner;
                }
            }
        }
        return "none";
    }

    @Test
    void withClicksGivesAPagePerClickAndWithTocAnOutline() throws IOException {
        Path pdf = dir.resolve("clicks.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString(),
                "--with-clicks", "--with-toc");
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).as("1 + 3 (two clicks) + 1 + 1").isEqualTo(6);
            assertThat(text(doc, 2)).contains("Beta slide").doesNotContain("one");
            assertThat(text(doc, 3)).contains("one").doesNotContain("two");
            assertThat(text(doc, 4)).contains("one").contains("two");
            assertThat(doc.getPage(5).getMediaBox().getWidth()).isCloseTo(735f,
                    org.assertj.core.data.Offset.offset(0.5f));
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle() + "@" + doc.getPages().indexOf(item.findDestinationPage(doc)));
            }
            assertThat(top).as("slide 1 is titled by the headmatter").containsExactly("Export test@0", "Beta slide@1", "Delta slide@5");
            PDOutlineItem beta = doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getNextSibling();
            assertThat(beta.getFirstChild().getTitle()).isEqualTo("Gamma slide");
            assertThat(doc.getPages().indexOf(beta.getFirstChild().findDestinationPage(doc))).isEqualTo(4);
        }
    }

    @Test
    void linksGoToTheirSlidesPageAndFootnotesToTheirOwnSlideInEveryPdfMode() throws IOException {
        Path linked = dir.resolve("links.md");
        Files.writeString(linked, """
                # One

                [to three](/3), [a site](https://example.org/) and a note[^a]

                [^a]: The first slide's note

                ---

                # Two

                Another note[^a]

                [^a]: The second slide's note

                ---

                # Three
                """);
        for (String mode : List.of("--with-toc", "--per-slide", "--with-clicks")) {
            Path pdf = dir.resolve("links" + mode + ".pdf");
            ParseCommandTest.Run r = ParseCommandTest.run("export", linked.toString(), "--output", pdf.toString(),
                    mode);
            assertThat(r.status()).as(r.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as(mode).isEqualTo(3);
                // each slide's footnote reference and the footnote's way back, on its own page
                assertThat(links(doc, 0)).as(mode).containsExactlyInAnyOrder("page 3", "https://example.org/",
                        "page 1", "page 1");
                assertThat(links(doc, 1)).as(mode).containsExactly("page 2", "page 2");
            }
        }
    }

    @Test
    void linksToTheDecksFilesPointToThemBesideThePdfAndNoLinkToTheExportsServerIsLeft() throws IOException {
        Files.createDirectories(dir.resolve("public"));
        Files.createDirectories(dir.resolve("img"));
        Files.writeString(dir.resolve("public/my paper.pdf"), "%PDF-1.4\n");
        Files.write(dir.resolve("img/dot.png"), Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
        Path linked = dir.resolve("files.md");
        Files.writeString(linked, """
                # Files

                [the paper](/my%20paper.pdf#page=2), [the picture](./img/dot.png), [the overview](/overview/),
                [slide two](/2) and [a site](https://example.org/)

                ---

                # Two
                """);
        for (String mode : List.of("--with-toc", "--per-slide", "--with-clicks", "--range=1")) {
            Path pdf = dir.resolve("out/files" + mode + ".pdf");
            ParseCommandTest.Run r = ParseCommandTest.run("export", linked.toString(), "--output", pdf.toString(),
                    mode);
            assertThat(r.status()).as(r.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                // the server they were printed from is gone: a file it served is linked where it lies, relative to
                // the PDF; a page of the site (the overview, a slide not exported) is no link at all
                List<String> links = links(doc, 0);
                assertThat(links).as(mode).noneMatch(link -> link.contains("127.0.0.1"));
                if (mode.equals("--range=1")) {
                    // slide 2 is not in the PDF: no link to it (a page of the site, as the overview)
                    assertThat(links).as(mode).containsExactly("../public/my%20paper.pdf#page=2", "../img/dot.png",
                            "https://example.org/");
                } else {
                    assertThat(links).as(mode).containsExactly("../public/my%20paper.pdf#page=2", "../img/dot.png",
                            "page 2", "https://example.org/");
                }
                assertThat(pdf.getParent().resolve("../public/my paper.pdf")).isRegularFile();
                assertThat(pdf.getParent().resolve("../img/dot.png")).isRegularFile();
            }
        }
    }

    @Test
    void anOutputThatCannotBeWrittenFailsAtOnceWithAMessage() throws IOException {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        for (String format : List.of("pdf", "png")) {
            ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", format, "--output",
                    blocker.resolve("out").toString());
            assertThat(r.status()).as(format).isEqualTo(1);
            // out.pdf under a file (a file is in the way), or the folder out of PNGs (not a directory)
            assertThat(r.err()).as(format).containsPattern("error: cannot write '"
                    + java.util.regex.Pattern.quote(blocker.resolve("out").toString()) + "(\\.pdf)?': [a-zA-Z]")
                    .doesNotContain("internal error")
                    .as("before any slide is rendered").doesNotContain("rendering slide");
        }
    }

    @Test
    void anImageThatCannotBeLoadedIsReportedOnceAsTheDeckNamesIt() throws IOException {
        Path broken = dir.resolve("broken.md");
        Files.writeString(broken, """
                # One

                ![gone](./gone.png)

                ---

                # Two

                <img src="https://example.invalid/remote.png">
                """);
        ParseCommandTest.Run r = ParseCommandTest.run("export", broken.toString(), "--output",
                dir.resolve("broken.pdf").toString());
        assertThat(r.status()).as(r.err()).isZero();
        // the build's warning names the missing file; the browser's failing to load it is the same problem
        assertThat(r.err().lines().filter(l -> l.contains("gone.png")).toList()).singleElement().asString()
                .endsWith("broken.md:3: warning: missing file './gone.png' (not in public/ nor next to the deck)");
        assertThat(r.err()).contains("broken.md:9: warning: slide 2: image 'https://example.invalid/remote.png' "
                + "could not be loaded").doesNotContain("?kept");
    }

    /** Where the links of page {@code index} go: "page N" (1-based) or their URI. */
    private static List<String> links(PDDocument doc, int index) throws IOException {
        List<String> targets = new ArrayList<>();
        for (var annotation : doc.getPage(index).getAnnotations()) {
            if (!(annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) {
                continue;
            }
            var dest = link.getDestination();
            if (dest == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo g) {
                dest = g.getDestination();
            }
            if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination n) {
                dest = doc.getDocumentCatalog().findNamedDestinationPage(n);
            }
            if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination p) {
                targets.add("page " + (doc.getPages().indexOf(p.getPage()) + 1));
            } else if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                targets.add(uri.getURI());
            } else {
                targets.add(String.valueOf(dest));
            }
        }
        return targets;
    }

    @Test
    void rangeSelectsSlidesInBothPdfModes() throws IOException {
        for (String mode : List.of("--with-toc", "--per-slide")) {
            Path pdf = dir.resolve("range" + mode + ".pdf");
            ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString(),
                    "--range", "2-3", mode);
            assertThat(r.status()).as(r.err()).isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).as(mode).isEqualTo(2);
                assertThat(text(doc, 1)).as(mode).contains("Beta slide").contains("two");
                assertThat(text(doc, 2)).as(mode).contains("Gamma slide");
            }
        }
    }

    @Test
    void pngsAreNamedAsSlidevNamesThemAtTheScale() throws IOException {
        Path out = dir.resolve("pngs");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "png", "--output",
                out.toString(), "--range", "1,3");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(names(out)).containsExactly("1.png", "3.png");
        BufferedImage image = ImageIO.read(out.resolve("1.png").toFile());
        assertThat(image.getWidth()).as("980 px at the default scale 2").isEqualTo(1960);
        assertThat(image.getHeight()).isEqualTo(1104);

        r = ParseCommandTest.run("export", deck.toString(), "--format", "png", "--output", out.toString(),
                "--range", "2", "--with-clicks", "--scale", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(names(out)).as("old PNGs removed").containsExactly("002-01.png", "002-02.png", "002-03.png");
        BufferedImage first = ImageIO.read(out.resolve("002-01.png").toFile());
        BufferedImage last = ImageIO.read(out.resolve("002-03.png").toFile());
        assertThat(first.getWidth()).isEqualTo(980);
        assertThat(first.getHeight()).isEqualTo(552);
        assertThat(differs(first, last)).as("the clicks show").isTrue();
    }

    @Test
    void darkExportsInDarkMode() throws IOException {
        Path out = dir.resolve("dark");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "png", "--output",
                out.toString(), "--range", "4", "--scale", "1", "--dark");
        assertThat(r.status()).as(r.err()).isZero();
        int corner = ImageIO.read(out.resolve("4.png").toFile()).getRGB(5, 5) & 0xffffff;
        assertThat((corner >> 16) + (corner >> 8 & 0xff) + (corner & 0xff)).as("a dark background").isLessThan(150);
    }

    @Test
    void pptxHasAPicturePerSlideAndTheNotes() throws IOException {
        Path pptx = dir.resolve("deck.pptx");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "pptx", "--output",
                dir.resolve("deck").toString(), "--scale", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("(4 pages)");
        try (var in = Files.newInputStream(pptx);
                var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            assertThat(ppt.getSlides()).hasSize(4);
            assertThat(ppt.getPageSize().width).isEqualTo(735);
            assertThat(ppt.getPageSize().height).isEqualTo(414);
            assertThat(ppt.getSlides().get(0).getShapes()).singleElement()
                    .isInstanceOf(org.apache.poi.xslf.usermodel.XSLFPictureShape.class);
            var picture = (org.apache.poi.xslf.usermodel.XSLFPictureShape) ppt.getSlides().get(0).getShapes().get(0);
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.getPictureData().getData()));
            assertThat(image.getWidth()).isEqualTo(980);
            var notes = ppt.getSlides().get(2).getNotes();
            assertThat(notes).isNotNull();
            assertThat(notes.getTextParagraphs().toString()).contains("Gamma notes.");
            assertThat(ppt.getSlides().get(1).getNotes()).isNull();
        }
    }

    @Test
    void markdownListsTheImagesWithTheNotes() throws IOException {
        Path md = dir.resolve("md/deck.md");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "md", "--output",
                dir.resolve("md/deck").toString(), "--range", "2-3", "--scale", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(md)).isEqualTo("![Beta slide](./2.png)\n\n---\n\n![Gamma slide](./3.png)\n\n"
                + "Gamma notes.\n\n");
        assertThat(dir.resolve("md/2.png")).isRegularFile();
    }

    @Test
    void anEmbeddedPageThatCannotLoadShowsTheBrowsersErrorPicture() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // nothing listens there once it is closed: the frame's load fails at once
        }
        Files.writeString(deck, DECK.replace("Third", "<iframe width=\"400\" height=\"300\" src=\"http://127.0.0.1:"
                + closed + "/app\"></iframe> <iframe width=\"100\" height=\"100\" "
                + "srcdoc=\"<body style='margin:0;background:#00aa00'>\"></iframe>"));
        Path out = dir.resolve("frames");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "png", "--output",
                out.toString(), "--range", "3", "--scale", "1");
        assertThat(r.status()).as(r.err()).isZero();
        BufferedImage png = ImageIO.read(out.resolve("3.png").toFile());
        int[] frame = box(png, 0xdddddd, 250); // rows and columns mostly grey: not the title's edges
        assertThat(frame[2] - frame[0] + 1).as("the grey frame's width").isEqualTo(400);
        assertThat(frame[3] - frame[1] + 1).as("its height").isEqualTo(300);
        int[] icon = box(png.getSubimage(frame[0], frame[1], 400, 300), 0x535353, 1);
        assertThat(icon[2] - icon[0] + 1).as("the icon's width").isEqualTo(33);
        assertThat(icon[3] - icon[1] + 1).as("the icon's height").isEqualTo(42);
        assertThat(icon[0]).as("left of the middle, as Chromium draws it").isEqualTo(200 - 36);
        assertThat(icon[1]).as("in the middle").isEqualTo(150 - 21);
        int[] loaded = box(png, 0x00aa00, 1);
        assertThat(loaded[2] - loaded[0] + 1).as("a frame that loaded is left as it is").isEqualTo(100);
        assertThat(loaded[3] - loaded[1] + 1).isEqualTo(100);

        // the print page (PDF) covers it too
        Path pdf = dir.resolve("frames.pdf");
        r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString(), "--range", "3");
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 72);
            int x = frame[0] + 10;
            int y = frame[1] + 10;
            assertThat(page.getRGB(x * 3 / 4, y * 3 / 4) & 0xffffff).as("grey in the PDF").isEqualTo(0xdddddd);
        }
    }

    @Test
    void theWholeBrowserAndItsHeadlessShellExportTheSamePixels() throws IOException {
        java.util.Optional<Path> shell = dev.slidejar.export.internal.Chromium.find(System.getenv("PATH"))
                .filter(p -> p.getFileName().toString().contains("headless-shell"));
        Path browser = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(shell.isPresent() && Files.isExecutable(browser),
                "needs chromium-headless-shell and chromium");
        for (Path exe : List.of(shell.get(), browser)) {
            ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--format", "png", "--output",
                    dir.resolve(exe.getFileName().toString()).toString(), "--with-clicks", "--scale", "1",
                    "--executable-path", exe.toString());
            assertThat(r.status()).as(r.err()).isZero();
        }
        List<String> names = names(dir.resolve(shell.get().getFileName().toString()));
        assertThat(names).hasSize(6).isEqualTo(names(dir.resolve("chromium")));
        for (String name : names) {
            BufferedImage a = ImageIO.read(dir.resolve(shell.get().getFileName().toString()).resolve(name).toFile());
            BufferedImage b = ImageIO.read(dir.resolve("chromium").resolve(name).toFile());
            assertThat(differs(a, b)).as("%s differs", name).isFalse();
        }
    }

    /**
     * The bounding box {x0, y0, x1, y1} of the columns and rows that hold at least {@code least} pixels of colour
     * {@code rgb}.
     */
    private static int[] box(BufferedImage image, int rgb, int least) {
        int[] columns = new int[image.getWidth()];
        int[] rows = new int[image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    columns[x]++;
                    rows[y]++;
                }
            }
        }
        return new int[] {first(columns, least), first(rows, least), last(columns, least), last(rows, least)};
    }

    private static int first(int[] counts, int least) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= least) {
                return i;
            }
        }
        return -1;
    }

    private static int last(int[] counts, int least) {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] >= least) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSlideThatIsNeverReadyIsNamedAndFailsTheExport() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            accept.setDaemon(true);
            accept.start();
            Files.writeString(deck, DECK.replace("Third", "<img src=\"http://127.0.0.1:" + silent.getLocalPort()
                    + "/never.png\">"));
            Path pdf = dir.resolve("stuck.pdf");
            ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString(),
                    "--per-slide", "--timeout", "1500");
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err()).contains("slides.md:19: error: slide 3: not ready after 1500 ms")
                    .contains("nothing written");
            assertThat(pdf).doesNotExist();
        }
    }

    @Test
    void noBrowserIsAClearErrorWithStatus1() {
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--executable-path",
                dir.resolve("no-chromium").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error: --executable-path '").contains("is not an executable file")
                .contains("hint: ").doesNotContain("\tat ");
    }

    @Test
    void aBrowserThatExitsAtStartIsNamedWithWhatItPrinted() throws IOException {
        Path fake = Files.writeString(dir.resolve("broken-chromium"),
                "#!/bin/sh\necho \"cannot open display: this browser is broken\" >&2\nexit 3\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--executable-path",
                fake.toString(), "--output", dir.resolve("out.pdf").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("Chromium exited at start (status 3)")
                .contains("cannot open display: this browser is broken").doesNotContain("\tat ");
        assertThat(dir.resolve("out.pdf")).doesNotExist();
    }

    /**
     * A Mermaid diagram is drawn in the page before it is printed (the export waits for the runtime's diagrams), a
     * PlantUML one when the deck is built: both show their labels in the PDF, and not their source.
     */
    @Test
    void diagramsAreDrawnBeforeThePrint() throws IOException {
        Files.writeString(deck, """
                # Mermaid

                ```mermaid {scale: 0.8}
                graph TD
                Start[Mermaid start] --> Finish[Mermaid finish]
                ```

                ---

                # PlantUML

                ```plantuml
                @startuml
                Alice -> Bob : PlantUML hello
                @enduml
                ```
                """);
        Path pdf = dir.resolve("diagrams.pdf");
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--output", pdf.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(text(doc, 1)).contains("Mermaid start").contains("Mermaid finish").doesNotContain("-->");
            assertThat(text(doc, 2)).contains("PlantUML hello").doesNotContain("@startuml");
        }
    }

    @Test
    void aRangeOfNoSlideIsAnError() {
        ParseCommandTest.Run r = ParseCommandTest.run("export", deck.toString(), "--range", "9");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error: --range '9' selects no slide of 4");
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean differs(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
