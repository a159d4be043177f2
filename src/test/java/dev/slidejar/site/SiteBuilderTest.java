package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.TestDecks;
import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckLoader;
import dev.slidejar.deck.Slide;
import dev.slidejar.diag.DeckException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
    @TempDir
    Path tmp;

    /** A deck folder under the test's temp folder with {@code slides.md} holding {@code markdown}. */
    private Path deck(String markdown) throws IOException {
        Path deck = tmp.resolve("deck");
        Files.createDirectories(deck);
        Files.writeString(deck.resolve("slides.md"), markdown);
        return deck;
    }

    @Test
    void everySlidePageHoldsItsTitleAndTextWithoutJavaScript() throws IOException {
        Path entry = TestDecks.shared().resolve("decks/seed/slides.md");
        Path out = tmp.resolve("site");
        BuildResult result = SiteBuilder.builder().outDir(out).build().build(entry);
        assertThat(result.slides()).isEqualTo(32);
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("404.html")).isRegularFile();
        assertThat(out.resolve("assets/style.css")).isRegularFile();
        assertThat(out.resolve("assets/fonts/pt-serif/LICENSE")).isRegularFile();
        Document toc = Jsoup.parse(out.resolve("toc/index.html").toFile(), "UTF-8");
        assertThat(toc.select("ol a")).hasSize(32);
        assertThat(toc.select("ol a").get(3).attr("href")).isEqualTo("../4/index.html");
        assertThat(toc.select("ol a").get(3).text()).isEqualTo("4 What and Why");

        Deck deck = DeckLoader.load(entry);
        for (Slide slide : deck.slides()) {
            Path page = out.resolve(slide.no() + "/index.html");
            assertThat(page).isRegularFile();
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element body = doc.selectFirst(".slidev-page-" + slide.no());
            assertThat(body).as("slide %d", slide.no()).isNotNull();
            assertThat(body.text()).as("slide %d title", slide.no()).contains(slide.title().toString());
            String firstLine = firstProseLine(slide.content());
            if (firstLine != null) {
                assertThat(body.text()).as("slide %d text", slide.no()).contains(firstLine);
            }
            assertThat(doc.select(".slidejar-nav a")).as("plain links between slides on slide %d", slide.no())
                    .hasSize(slide.no() == 1 || slide.no() == 32 ? 1 : 2);
        }
    }

    /** A line of plain prose from the slide's Markdown (no markup), to look for in the page. */
    private static String firstProseLine(String markdown) {
        return Stream.of(markdown.split("\n")).map(String::trim)
                .filter(l -> l.matches("[A-Z][A-Za-z ,()-]{15,}[a-z.]")).findFirst().orElse(null);
    }

    @Test
    void linksAndAssetsAreRelativeAndResolve() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuilder.builder().outDir(out).build().build(TestDecks.shared().resolve("decks/seed/slides.md"));
        for (String page : new String[] {"index.html", "4/index.html", "2/index.html"}) {
            Path file = out.resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : doc.select("[src], link[href], a[href]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                if (url.startsWith("http") || url.startsWith("#")) {
                    continue;
                }
                assertThat(url).as("relative URL in %s", page).doesNotStartWith("/");
                Path target = file.getParent().resolve(url.replaceAll("[?#].*$", "")).normalize();
                assertThat(target).as("%s in %s", url, page).exists();
            }
        }
        assertThat(out.resolve("statics/img/dl_img_proc.webp")).isRegularFile();
    }

    @Test
    void publicFolderIsCopiedToTheRoot() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuilder.builder().outDir(out).build().build(Path.of("src/test/resources/render/layouts/slides.md"));
        assertThat(out.resolve("bg.png")).isRegularFile();
        assertThat(out.resolve("img/dot.png")).isRegularFile();
    }

    @Test
    void slidevsLogoIsWrittenWithItsLicenceOnlyForADeckThatShowsIt() throws IOException {
        Path deck = deck("# Learn more\n\n<PoweredBySlidev mt-10 />\n");
        Path out = tmp.resolve("site");
        SiteBuilder.builder().outDir(out).build().build(deck.resolve("slides.md"));
        Path logo = out.resolve("assets/slidev/logo-title-horizontal.png");
        assertThat(logo).isRegularFile();
        assertThat(Files.readAllBytes(logo)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(out.resolve("assets/slidev/LICENSE")).content().contains("MIT License");
        assertThat(out.resolve("1/index.html")).content()
                .contains("<img alt=\"Slidev logo\" src=\"../assets/slidev/logo-title-horizontal.png\"");

        Path without = tmp.resolve("without");
        SiteBuilder.builder().outDir(without).build().build(deck("# Learn more\n").resolve("slides.md"));
        assertThat(without.resolve("assets/slidev/logo-title-horizontal.png")).doesNotExist();
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        Path deck = deck("# One\n\n---\n\n# Two\n");
        Path out = tmp.resolve("out");
        SiteBuilder.builder().outDir(out).build().build(deck.resolve("slides.md"));
        Files.writeString(out.resolve("marker.txt"), "from the first build");

        Files.writeString(deck.resolve("slides.md"), "---\nlayout: [broken\n---\n\n# One\n");
        assertThatThrownBy(() -> SiteBuilder.builder().outDir(out).build().build(deck.resolve("slides.md")))
                .isInstanceOf(DeckException.class);
        assertThat(out.resolve("marker.txt")).hasContent("from the first build");
        assertThat(out.resolve("2/index.html")).isRegularFile();
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("deck", "out");
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheOutputWhole() throws IOException {
        Path deck = deck("# One\n\n---\n\n# Two\n\n---\n\n# Three\n");
        Path out = tmp.resolve("out");
        SiteBuilder.builder().outDir(out).build().build(deck.resolve("slides.md"));
        assertThat(out.resolve("3/index.html")).isRegularFile();
        Files.writeString(deck.resolve("slides.md"), "# One\n");
        SiteBuilder.builder().outDir(out).build().build(deck.resolve("slides.md"));
        assertThat(out.resolve("3")).doesNotExist();
        assertThat(out.resolve("1/index.html")).isRegularFile();
    }

    @Test
    void refusesToReplaceTheDeckFolder() throws IOException {
        Path deck = deck("# One\n");
        assertThatThrownBy(() -> SiteBuilder.builder().outDir(Path.of(".")).build().build(deck.resolve("slides.md")))
                .isInstanceOf(DeckException.class).hasMessageContaining("deck's folder");
        assertThat(deck.resolve("slides.md")).exists();
    }

    @Test
    void outIsRelativeToTheDeckFolderAsInSlidev() throws IOException {
        Path deck = deck("# One\n");
        BuildResult r = SiteBuilder.builder().outDir(Path.of("dist")).build().build(deck.resolve("slides.md"));
        assertThat(r.outDir()).isEqualTo(deck.resolve("dist").toAbsolutePath());
        assertThat(deck.resolve("dist/index.html")).isRegularFile();
    }

    @Test
    void unknownLayoutFallsBackToDefaultWithAWarningOnItsLine() throws IOException {
        Path deck = deck("# One\n\n---\nlayout: two-col\n---\n\n# Two\n");
        BuildResult r = SiteBuilder.builder().outDir(Path.of("dist")).build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.pos().line()).isEqualTo(3);
            assertThat(d.message()).contains("unknown layout 'two-col'");
        });
        assertThat(Files.readString(deck.resolve("dist/2/index.html"))).contains("slidev-layout default");
    }

    @Test
    void aBareNameIsThePublicFolderFileWhenNoneIsNextToTheSlideAsInSlidev() throws IOException {
        // Vue's compiler leaves "moire.png" alone (only ./, ~ and @ are modules): the browser asks /moire.png
        Path deck = deck("# One\n\n![m](moire.png)\n\n---\nsrc: ./pages/two.md\n---\n");
        Files.createDirectories(deck.resolve("public"));
        Files.writeString(deck.resolve("public/moire.png"), "png");
        Files.writeString(deck.resolve("public/ct.png"), "png");
        Files.createDirectories(deck.resolve("pages"));
        Files.writeString(deck.resolve("pages/two.md"), "---\nlayout: image\nimage: ct.png\n---\n\n<img src=\"moire.png\">\n"
                + "\n![logo](logo.png)\n");
        Files.writeString(deck.resolve("logo.png"), "png"); // in the deck's folder: Slidev's dev server has it too
        BuildResult r = SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Jsoup.parse(Files.readString(deck.resolve("dist/1/index.html"))).selectFirst(".slidev-page img")
                .attr("src")).isEqualTo("../moire.png");
        String two = Files.readString(deck.resolve("dist/2/index.html"));
        assertThat(Jsoup.parse(two).select(".slidev-page img").eachAttr("src")).containsExactly("../moire.png",
                "../logo.png");
        assertThat(two).contains("../ct.png").doesNotContain("pages/ct.png");
        assertThat(deck.resolve("dist/moire.png")).isRegularFile();
        assertThat(deck.resolve("dist/logo.png")).isRegularFile();
    }

    @Test
    void aMissingPictureIsReportedOnTheLineThatNamesIt() throws IOException {
        Path deck = deck("""
                ---
                background: ./cover.png
                ---

                # One

                ---
                layout: image
                class: text-center
                image: ./nope.png
                ---

                # Two

                ![m](./also-nope.png)

                ---
                src: ./pages/three.md
                ---
                """);
        Files.createDirectories(deck.resolve("pages"));
        Files.writeString(deck.resolve("pages/three.md"), "# Three\n\n<img src=\"./gone.png\">\n");
        BuildResult r = SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).extracting(d -> deck.relativize(d.pos().file()).toString().replace('\\', '/')
                        + ":" + d.pos().line() + " " + d.message())
                .containsExactlyInAnyOrder(
                        "slides.md:2 missing file './cover.png' (not in public/ nor next to the deck)",
                        "slides.md:10 missing file './nope.png' (not in public/ nor next to the deck)",
                        "slides.md:15 missing file './also-nope.png' (not in public/ nor next to the deck)",
                        "pages/three.md:3 missing file './gone.png' (not in public/ nor next to the deck)");
    }

    @Test
    void aPictureNamedInTheFrontmatterOfAnImportingSlideIsReportedThere() throws IOException {
        Path deck = deck("---\nbackground: ./cover.png\nsrc: ./pages/one.md\n---\n");
        Files.createDirectories(deck.resolve("pages"));
        Files.writeString(deck.resolve("pages/one.md"), "# One\n");
        BuildResult r = SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.pos().file()).isEqualTo(deck.resolve("slides.md"));
            assertThat(d.pos().line()).isEqualTo(2);
            assertThat(d.message()).isEqualTo("missing file './cover.png' (not in public/ nor next to the deck)");
        });
    }

    @Test
    void picturesOfTheStylesAreTheSitesOrTheirFilesUnderAnyBase() throws IOException {
        // as Vite does in Slidev: /bg.png of public/ (the base in front), ./ relative to the file that writes it
        Path deck = deck("""
                # One

                <div class="hero" style="background-image: url(/bg.png)">x</div>

                <style>
                .hero { background: url(/bg.png), url("./img/local.png"); }
                .gone { background: url(./gone.png); }
                </style>
                """);
        Files.createDirectories(deck.resolve("public"));
        Files.writeString(deck.resolve("public/bg.png"), "png");
        Files.createDirectories(deck.resolve("img"));
        Files.writeString(deck.resolve("img/local.png"), "png");
        Files.createDirectories(deck.resolve("styles/fonts"));
        Files.writeString(deck.resolve("styles/fonts/hand.woff2"), "woff2");
        Files.writeString(deck.resolve("styles/index.css"),
                "@font-face { font-family: Hand; src: url(./fonts/hand.woff2) format('woff2'); }\n"
                        + ".slidev-layout { background: url('/bg.png'); }\n.x { background: url(./nope.png); }\n");
        BuildResult r = SiteBuilder.builder().outDir(Path.of("dist")).base("/talk/").build()
                .build(deck.resolve("slides.md"));
        String css = Files.readString(deck.resolve("dist/assets/style.css"));
        assertThat(css).contains("url(../bg.png), url(\"../img/local.png\")",
                        "url('../bg.png')")
                .doesNotContain("url(/bg.png)");
        assertThat(deck.resolve("dist/img/local.png")).isRegularFile();
        assertThat(deck.resolve("dist/styles/fonts/hand.woff2")).isRegularFile();
        assertThat(css).contains("url(../styles/fonts/hand.woff2)");
        assertThat(Jsoup.parse(Files.readString(deck.resolve("dist/1/index.html"))).selectFirst(".hero")
                .attr("style")).isEqualTo("background-image: url(../bg.png)");
        assertThat(r.diagnostics()).extracting(d -> deck.relativize(d.pos().file()).toString().replace('\\', '/')
                        + ":" + d.pos().line() + " " + d.message())
                .containsExactlyInAnyOrder("slides.md:7 missing file './gone.png' (not in public/ nor next to the deck)",
                        "styles/index.css:3 missing file './nope.png' (not in public/ nor next to the deck)");
    }

    @Test
    void everyPageShowsSlidevsFaviconFromTheSiteUnlessTheHeadmatterNamesOne() throws IOException {
        Path deck = deck("# One\n\n---\n\n# Two\n");
        SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        Path dist = deck.resolve("dist");
        assertThat(dist.resolve("assets/slidev/favicon.png")).isRegularFile();
        assertThat(dist.resolve("assets/slidev/LICENSE")).isRegularFile();
        for (String page : List.of("index.html", "2/index.html", "presenter/1/index.html", "notes/2/index.html",
                "overview/index.html", "print/index.html", "toc/index.html")) {
            Document doc = Jsoup.parse(Files.readString(dist.resolve(page)));
            String href = doc.selectFirst("head link[rel=icon]").attr("href");
            assertThat(dist.resolve(page).getParent().resolve(href).normalize()).as(page)
                    .isEqualTo(dist.resolve("assets/slidev/favicon.png"));
            assertThat(doc.selectFirst("html").attr("lang")).as(page).isEqualTo("en");
        }

        Files.writeString(deck.resolve("slides.md"), """
                ---
                lang: fr
                favicon: /icon.png
                info: |
                  ## Une conférence
                  sur les diapositives
                author: Ada
                keywords: [slides, jvm]
                ---

                # Un
                """);
        Files.createDirectories(deck.resolve("public"));
        Files.writeString(deck.resolve("public/icon.png"), "png");
        SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        Document one = Jsoup.parse(Files.readString(dist.resolve("1/index.html")));
        assertThat(one.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertThat(one.selectFirst("link[rel=icon]").attr("href")).isEqualTo("../icon.png");
        assertThat(one.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("## Une conférence\nsur les diapositives");
        assertThat(one.selectFirst("meta[name=author]").attr("content")).isEqualTo("Ada");
        assertThat(one.selectFirst("meta[name=keywords]").attr("content")).isEqualTo("slides, jvm");
        assertThat(Jsoup.parse(Files.readString(dist.resolve("overview/index.html"))).selectFirst("link[rel=icon]")
                .attr("href")).isEqualTo("../icon.png");
        assertThat(dist.resolve("assets/slidev/favicon.png")).doesNotExist();

        Files.writeString(deck.resolve("slides.md"), "---\nfavicon: https://example.com/i.png\n---\n\n# One\n");
        SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(Jsoup.parse(Files.readString(dist.resolve("1/index.html"))).selectFirst("link[rel=icon]")
                .attr("href")).isEqualTo("https://example.com/i.png");
    }

    @Test
    void picturesOfAThemeFoldersStylesAreItsFiles() throws IOException {
        Path deck = deck("---\ntheme: ./brand\n---\n\n# One\n");
        Files.createDirectories(deck.resolve("brand/styles/img"));
        Files.writeString(deck.resolve("brand/styles/img/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(deck.resolve("brand/styles/index.css"),
                ".slidev-layout { background: url(./img/logo.svg) no-repeat; }\n");
        BuildResult r = SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(Files.readString(deck.resolve("dist/assets/style.css")))
                .contains("background: url(../brand/styles/img/logo.svg) no-repeat;");
        assertThat(deck.resolve("dist/brand/styles/img/logo.svg")).isRegularFile();
    }

    @Test
    void themeFolderBringsLayoutsStylesAndDefaults() throws IOException {
        Path out = tmp.resolve("site");
        SiteBuilder.builder().outDir(out).build().build(Path.of("src/test/resources/render/local-theme/slides.md"));
        String css = Files.readString(out.resolve("assets/style.css"));
        assertThat(css).contains(".slidev-layout.banner .banner-top { font-weight: 700; }")
                .contains(".special h1 { color: green; }")
                .contains("--slidev-font-mono: \"Fira Code\"");
        assertThat(css.indexOf(".banner-top")).as("theme styles before the deck's").isLessThan(css.indexOf(".special h1"));
        assertThat(out.resolve("assets/fonts/fira-code")).isDirectory();
    }

    @Test
    void missingThemeFolderIsAnErrorOnTheThemeLine() throws IOException {
        Path deck = deck("---\ntitle: x\ntheme: ./nowhere\n---\n\n# One\n");
        assertThatThrownBy(() -> SiteBuilder.builder().build().build(deck.resolve("slides.md")))
                .isInstanceOf(DeckException.class)
                .satisfies(e -> assertThat(((DeckException) e).diagnostics().get(0).toString())
                        .endsWith("slides.md:3:1: error: theme folder './nowhere' not found"));
    }

    @Test
    void aLayoutThatDoesNotCompileIsReportedWithTheSlide() throws IOException {
        Path deck = tmp.resolve("deck");
        Files.createDirectories(deck.resolve("layouts"));
        Files.writeString(deck.resolve("slides.md"), "# One\n\n---\nlayout: broken\n---\n\n# Two\n");
        Files.writeString(deck.resolve("layouts/broken.jte"), "@param dev.slidejar.render.LayoutView v\n${v.nope()}\n");
        assertThatThrownBy(() -> SiteBuilder.builder().outDir(tmp.resolve("out")).build().build(deck.resolve("slides.md")))
                .isInstanceOf(DeckException.class)
                .hasMessageContaining("slides.md:3: error: layout 'broken' failed");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void unknownThemeNameFallsBackToDefaultWithAWarning() throws IOException {
        Path deck = deck("---\ntheme: apple-basic\n---\n\n# One\n");
        BuildResult r = SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.message()).contains("theme 'apple-basic' is not bundled");
        });
    }

    @Test
    void presenterPagesUnlessPresenterFalse() throws IOException {
        Path deck = deck("# One\n\n<!-- the note -->\n\n---\n\n# Two\n");
        SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(deck.resolve("dist/presenter/1/index.html")).isRegularFile();
        assertThat(deck.resolve("dist/notes/2/index.html")).isRegularFile();
        assertThat(deck.resolve("dist/overview/index.html")).isRegularFile();
        assertThat(deck.resolve("dist/print/index.html")).isRegularFile();
        assertThat(Files.readString(deck.resolve("dist/assets/deck.js"))).contains("the note");

        Files.writeString(deck.resolve("slides.md"), "---\npresenter: false\n---\n\n# One\n");
        SiteBuilder.builder().build().build(deck.resolve("slides.md"));
        assertThat(deck.resolve("dist/presenter")).doesNotExist();
        assertThat(Files.readString(deck.resolve("dist/1/index.html"))).contains("data-slidejar-presenter=\"false\"");
    }

    @Test
    void decksWithTheirOwnLayoutSourcesCompileThem() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(plain.resolve("slides.md"), "---\ntheme: seriph\n---\n\n# One\n");
        Path layouts = Files.createDirectories(tmp.resolve("layouts-deck/layouts"));
        Files.writeString(layouts.resolve("mine.jte"), "@param dev.slidejar.render.LayoutView v\n<div>mine</div>\n");
        Files.writeString(layouts.getParent().resolve("slides.md"), "# One\n");
        Path themed = Files.createDirectories(tmp.resolve("themed/my-theme/layouts"));
        Files.writeString(themed.getParent().getParent().resolve("slides.md"), "---\ntheme: ./my-theme\n---\n\n# One\n");

        assertThat(SiteBuilder.compilesLayouts(DeckLoader.load(plain.resolve("slides.md")))).isFalse();
        assertThat(SiteBuilder.compilesLayouts(DeckLoader.load(layouts.getParent().resolve("slides.md")))).isTrue();
        assertThat(SiteBuilder.compilesLayouts(DeckLoader.load(themed.getParent().getParent().resolve("slides.md"))))
                .isTrue();
    }
}
