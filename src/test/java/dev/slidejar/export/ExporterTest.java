package dev.slidejar.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.diag.DeckException;
import dev.slidejar.export.internal.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of export that need no browser. */
class ExporterTest {
    @TempDir
    Path dir;

    @Test
    void noChromiumOnPathIsAnErrorWithAHint() throws IOException {
        Path deck = Files.writeString(dir.resolve("slides.md"), "# One\n");
        Path empty = Files.createDirectories(dir.resolve("bin"));
        Exporter exporter = Exporter.builder().searchPath(empty.toString()).build();
        assertThatThrownBy(() -> exporter.export(deck, ExportProgress.NONE)).isInstanceOf(DeckException.class)
                .hasMessageContaining("no Chromium found to export with (looked for chromium-headless-shell, "
                        + "chrome-headless-shell, chromium, chromium-browser, google-chrome, google-chrome-stable "
                        + "on PATH)");
        assertThat(Chromium.find(empty.toString())).isEmpty();
        assertThat(Chromium.find(null)).isEmpty();
    }

    @Test
    void chromiumIsFoundOnPathByItsNames() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path fake = Files.writeString(bin.resolve("chromium-browser"), "#!/bin/sh\n");
        assertThat(Chromium.find(dir + java.io.File.pathSeparator + bin)).isEmpty();
        fake.toFile().setExecutable(true);
        assertThat(Chromium.find(dir + java.io.File.pathSeparator + bin)).contains(fake);
    }

    @Test
    void theHeadlessShellIsPreferredToTheBrowser() throws IOException {
        Path browsers = Files.createDirectories(dir.resolve("browsers"));
        Path shells = Files.createDirectories(dir.resolve("shells"));
        Path browser = Files.writeString(browsers.resolve("chromium"), "#!/bin/sh\n");
        Path shell = Files.writeString(shells.resolve("chromium-headless-shell"), "#!/bin/sh\n");
        browser.toFile().setExecutable(true);
        shell.toFile().setExecutable(true);
        // by name first, PATH order second: the shell wins from a later folder
        assertThat(Chromium.find(browsers + java.io.File.pathSeparator + shells)).contains(shell);
        assertThat(Chromium.find(browsers.toString())).contains(browser);
    }

    @Test
    void printPageRangesJoinRuns() {
        assertThat(PdfFile.pageRanges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1-3,5,7-8");
        assertThat(PdfFile.pageRanges(List.of(4))).isEqualTo("4");
    }

    @Test
    void outputNamesFollowSlidev() throws IOException {
        Path deck = Files.writeString(dir.resolve("talk.md"), "---\nexportFilename: my-talk\n---\n# One\n");
        assertThat(Exporter.builder().build().outputPath(dev.slidejar.deck.DeckLoader.load(deck)))
                .isEqualTo(Path.of("my-talk.pdf").toAbsolutePath());
        Path plain = Files.writeString(dir.resolve("plain.md"), "# One\n");
        var plainDeck = dev.slidejar.deck.DeckLoader.load(plain);
        assertThat(Exporter.builder().format(ExportFormat.PNG).build().outputPath(plainDeck))
                .isEqualTo(Path.of("plain-export").toAbsolutePath());
        assertThat(Exporter.builder().format(ExportFormat.MD).output(Path.of("x/notes")).build()
                .outputPath(plainDeck)).isEqualTo(Path.of("x/notes.md").toAbsolutePath());
    }
}
