package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsWithOutAndBase() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# One\n\n---\n\n# Two\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString(), "--out", "site", "--base", "/talk/");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Built 2 slides into");
        assertThat(dir.resolve("site/2/index.html")).isRegularFile();
        assertThat(Files.readString(dir.resolve("site/404.html"))).contains("href=\"/talk/index.html\"");
        assertThat(Files.readString(dir.resolve("site/2/index.html"))).contains("<link rel=\"canonical\" href=\"/talk/2/\">")
                .contains("href=\"../assets/style.css\"");
    }

    @Test
    void badYamlFailsWithFileLineAndWritesNothing() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "---\ntitle: [x\n---\n\n# One\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).containsPattern("slides\\.md:\\d+:\\d+: error: invalid YAML").doesNotContain("\tat ");
        assertThat(dir.resolve("dist")).doesNotExist();
    }

    @Test
    void aSnippetOutsideTheDeckOrMissingFailsWithFileLine() throws IOException {
        Path deck = Files.createDirectories(dir.resolve("talk")).resolve("slides.md");
        Files.writeString(deck, "# One\n\ntext\n\n<<< @/../secret.txt\n");
        Files.writeString(dir.resolve("secret.txt"), "not for slides");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("slides.md:5: error: code snippet path '@/../secret.txt' escapes the deck's folder")
                .doesNotContain("\tat ");
        Files.writeString(deck, "---\ntitle: x\n---\n\n# One\n\n<<< ./nope.ts#a\n");
        r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("slides.md:7: error: code snippet './nope.ts' not found");
        assertThat(dir.resolve("talk/dist")).doesNotExist();
    }

    @Test
    void warningsAreReportedButTheBuildSucceeds() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# One\n\n<img src=\"/missing.png\"/>\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("slides.md:3: warning: missing file '/missing.png'");
        assertThat(r.out()).startsWith("Built 1 slide into ");
    }

    @Test
    void downloadTrueExportsThePdfIntoTheSite() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "---\ndownload: true\nexportFilename: talk\n---\n\n# One\n\n---\n\n# Two\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).as(r.err()).isZero();
        Path pdf = dir.resolve("dist/talk.pdf");
        assertThat(pdf).isRegularFile();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(Files.readString(dir.resolve("dist/2/index.html"))).contains("data-slidejar-download=\"talk.pdf\"");
    }

    @Test
    void aWarningOfTheBuildIsNotRepeatedByTheExportOfItsPdf() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "---\ndownload: true\n---\n\n# One\n\n![gone](./gone.png)\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("gone.png")).toList()).singleElement().asString()
                .endsWith("slides.md:7: warning: missing file './gone.png' (not in public/ nor next to the deck)");
        assertThat(dir.resolve("dist/slides-export.pdf")).isRegularFile();
    }

    @Test
    void thePdfInTheSiteLinksToTheSitesFilesBesideIt() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.createDirectories(dir.resolve("public"));
        Files.writeString(dir.resolve("public/paper.pdf"), "%PDF-1.4\n");
        Files.writeString(deck, "---\ndownload: true\n---\n\n# One\n\n[paper](/paper.pdf), [overview](/overview/), "
                + "[home](/)\n\n---\n\n# Two\n");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString(), "--base", "/talk/");
        assertThat(r.status()).as(r.err()).isZero();
        Path pdf = dir.resolve("dist/slides-export.pdf");
        List<String> uris = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (var annotation : doc.getPage(0).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI u) {
                    uris.add(u.getURI());
                }
            }
        }
        // relative to the PDF, so they hold under any --base the site is published at
        assertThat(uris).containsExactly("paper.pdf", "overview/index.html", "index.html");
        for (String uri : uris) {
            assertThat(pdf.resolveSibling(uri)).isRegularFile();
        }
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAnErrorWithItsReason() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# One\n");
        Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        ParseCommandTest.Run r = ParseCommandTest.run("build", deck.toString(), "--out",
                dir.resolve("blocker/dist").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error: cannot write '" + dir.resolve("blocker/dist") + "': ")
                .doesNotContain("internal error");
    }

    @Test
    void anEntryNamedWithoutItsExtensionIsFoundAsSlidevFindsIt() throws IOException {
        Files.writeString(dir.resolve("talk.md"), "# Talk\n");
        // a bare name (no folder) that is no file gets .md, as `slidev talk` opens talk.md; a path keeps its name
        EntryOption bare = new EntryOption();
        bare.entry = Path.of("talk");
        assertThat(bare.path()).isEqualTo(Path.of("talk.md"));
        EntryOption inFolder = new EntryOption();
        inFolder.entry = dir.resolve("talk");
        assertThat(inFolder.path()).isEqualTo(dir.resolve("talk"));
        ParseCommandTest.Run r = ParseCommandTest.run("build", dir.resolve("talk.md").toString().replace(".md", ""));
        assertThat(r.status()).as("a path: taken as it is").isEqualTo(1);
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void withoutDownloadThereIsNoPdf() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# One\n");
        assertThat(ParseCommandTest.run("build", deck.toString()).status()).isZero();
        assertThat(Files.readString(dir.resolve("dist/1/index.html"))).doesNotContain("data-slidejar-download");
        assertThat(dir.resolve("dist/slides-export.pdf")).doesNotExist();
    }
}
