package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.site.BuildResult;
import dev.slidejar.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slidejar new}: the starter deck, and the folders it refuses. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void createsTheStarterDeck() throws IOException {
        Path deck = dir.resolve("talk");
        ParseCommandTest.Run r = ParseCommandTest.run("new", deck.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Created a deck in", "slides.md", ".github/workflows/pages.yml", "slidejar build",
                "Settings > Pages > Source: GitHub Actions");
        assertThat(deck.resolve("slides.md")).isRegularFile();
        assertThat(deck.resolve("public/logo.svg")).isRegularFile();
        assertThat(deck.resolve(".github/workflows/pages.yml")).isRegularFile();
        assertThat(Files.readAllLines(deck.resolve(".gitignore"))).contains("dist/");
        assertThat(Files.readString(deck.resolve("slides.md"))).contains("layout: two-cols", "::right::", "<v-clicks>",
                "/logo.svg", "<!--");
    }

    @Test
    void theNewDeckBuildsWithoutWarnings() throws IOException {
        Path deck = dir.resolve("talk");
        assertThat(ParseCommandTest.run("new", deck.toString()).status()).isZero();

        BuildResult result = SiteBuilder.builder().outDir(Path.of("dist")).base("/talk/").build()
                .build(deck.resolve("slides.md"));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.slides()).isEqualTo(5);
        assertThat(deck.resolve("dist/logo.svg")).isRegularFile();
        Document cover = Jsoup.parse(deck.resolve("dist/1/index.html").toFile());
        assertThat(cover.select(".slidev-layout.cover h1").text()).isEqualTo("My talk");
        assertThat(cover.select("img[src=../logo.svg]")).hasSize(1);
        Document twoCols = Jsoup.parse(deck.resolve("dist/3/index.html").toFile());
        assertThat(twoCols.select(".slidev-layout.two-columns .col-right img[src=../logo.svg]")).hasSize(1);
        Document clicks = Jsoup.parse(deck.resolve("dist/4/index.html").toFile());
        assertThat(clicks.select("li[data-slidev-clicks-start]")).hasSize(3);

        ParseCommandTest.Run build = ParseCommandTest.run("build", deck.resolve("slides.md").toString(),
                "--out", "site");
        assertThat(build.status()).isZero();
        assertThat(build.err()).isEmpty();
        assertThat(deck.resolve("site/5/index.html")).isRegularFile();
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path deck = Files.createDirectories(dir.resolve("talk"));
        Files.writeString(deck.resolve("notes.txt"), "mine\n");
        ParseCommandTest.Run r = ParseCommandTest.run("new", deck.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error: folder '" + deck + "' is not empty (it holds 'notes.txt'); nothing "
                + "was written").contains("hint: name a new or empty folder").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        try (var files = Files.list(deck)) {
            assertThat(files).containsExactly(deck.resolve("notes.txt"));
        }
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("talk"), "x");
        ParseCommandTest.Run r = ParseCommandTest.run("new", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("is a file, not a folder");
    }

    @Test
    void acceptsAFreshCloneHoldingOnlyGit() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo/.git"));
        ParseCommandTest.Run r = ParseCommandTest.run("new", repo.getParent().toString());
        assertThat(r.status()).isZero();
        assertThat(repo.resolveSibling("slides.md")).isRegularFile();
    }

    @Test
    void helpNamesTheDefaultFolder() {
        ParseCommandTest.Run r = ParseCommandTest.run("new", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("DIR").contains("default: " + NewCommand.DEFAULT_DIR);
        assertThat(ParseCommandTest.run("--help").out()).contains("new");
    }
}
