package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run: it builds the deck, does an export's part without a browser and serves the deck
 * once, and reports a deck it cannot build.
 */
class TrainTest {
    @TempDir
    Path tmp;

    @Test
    void buildsAndServesTheDeck() throws Exception {
        Path deck = tmp.resolve("slides.md");
        Files.writeString(deck, "# One\n\n---\n\n# Two\n");
        assertThat(Train.run(deck, tmp.resolve("out"))).isZero();
        assertThat(tmp.resolve("out/2/index.html")).content().contains("Two");
        // an export's own part: a PDF finished with the deck's metadata and an outline
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(tmp.resolve("out/export/finished.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isOne();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("One");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Slidejar");
        }
        // and with the metadata alone, appended to the printed file
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(tmp.resolve("out/export/appended.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("One");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Slidejar");
        }
    }

    @Test
    void aDeckThatCannotBeBuiltFailsTheRun() throws Exception {
        Path deck = tmp.resolve("slides.md");
        Files.writeString(deck, "---\nlayout: [oops\n---\n\n# One\n");
        assertThat(Train.run(deck, tmp.resolve("out"))).isNotZero();
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
