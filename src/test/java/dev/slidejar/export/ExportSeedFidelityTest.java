package dev.slidejar.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The exported PNGs of the seed deck (scale 1, so 980x552 like the references) against Slidev 53's screenshots in
 * {@code ../shared/reference/seed}, compared by the oracle's {@code compare.sh}. Needs the oracle installed.
 * The references were shot with the deck's web images answered from the deck's folder ({@code remote-prefix.txt});
 * the export runs offline, so it exports a copy of the deck whose URLs point into that folder instead.
 */
class ExportSeedFidelityTest {
    @Test
    void exportedPngsLookLikeSlidev() throws IOException, InterruptedException {
        Path shared = TestDecks.shared();
        Path seed = shared.resolve("decks/seed");
        Path deck = Path.of("target", "export-seed-deck").toAbsolutePath();
        copy(seed, deck);
        String prefix = Files.readString(seed.resolve("remote-prefix.txt")).strip();
        Files.writeString(deck.resolve("slides.md"), Files.readString(seed.resolve("slides.md")).replace(prefix, "/"));
        Path out = Path.of("target", "export-seed-png").toAbsolutePath();
        ExportResult result = Exporter.builder().format(ExportFormat.PNG).output(out).scale(1).build()
                .export(deck.resolve("slides.md"), ExportProgress.NONE);
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        assertThat(result.pages()).isEqualTo(32);

        Process p = new ProcessBuilder("bash", shared.resolve("oracle/compare.sh").toString(), out.toString(),
                shared.resolve("reference/seed").toString(), "--fail-below", "0.9").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("compare.sh finished").isTrue();
        System.out.println(output);
        assertThat(p.exitValue()).as("compare.sh --fail-below 0.9; output:%n%s", output).isZero();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
