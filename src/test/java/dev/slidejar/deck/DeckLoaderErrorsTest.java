package dev.slidejar.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad decks: each problem is reported with its place, never as a stack trace or a silent wrong model. */
class DeckLoaderErrorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> errors(Deck deck) {
        return deck.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.message()).toList();
    }

    @Test
    void missingSrcFileIsAnErrorOnTheSrcLine() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nlayout: center\nsrc: ./pages/none.md\n---\n");
        Deck deck = DeckLoader.load(entry);
        assertThat(deck.hasErrors()).isTrue();
        Diagnostic d = deck.diagnostics().get(0);
        assertThat(d.message()).isEqualTo("imported Markdown file not found: pages/none.md");
        assertThat(d.pos().line()).isEqualTo(5);
        assertThat(deck.slides()).hasSize(1);
    }

    @Test
    void srcCycleIsReportedWithItsChain() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nsrc: ./b.md\n---\n");
        write("b.md", "# B\n\n---\nsrc: ./c.md\n---\n");
        write("c.md", "---\nsrc: ./b.md\n---\n");
        Deck deck = DeckLoader.load(entry);
        assertThat(errors(deck)).singleElement().asString().startsWith("circular import: src: ./b.md");
        assertThat(deck.diagnostics().get(0).hint()).isEqualTo("import chain: slides.md -> b.md -> c.md -> b.md");
        assertThat(deck.slides()).extracting(s -> s.title()).containsExactly("A", "B");
    }

    @Test
    void selfImportIsACycle() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nsrc: ./slides.md\n---\n");
        assertThat(errors(DeckLoader.load(entry))).singleElement().asString().contains("circular import");
    }

    @Test
    void rangeNamingAMissingSlideIsAnError() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nsrc: ./b.md#0,2\n---\n");
        write("b.md", "# B1\n\n---\n\n# B2\n");
        Deck deck = DeckLoader.load(entry);
        assertThat(errors(deck)).containsExactly("slide 0 does not exist in 'b.md', which has 2 slides");
        assertThat(deck.slides()).extracting(s -> s.title()).containsExactly("A", "B2");
    }

    @Test
    void brokenYamlInAnImportedFileNamesThatFile() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nsrc: ./pages/b.md\n---\n");
        write("pages/b.md", "---\nlayout: [oops\n---\n\n# B\n");
        Deck deck = DeckLoader.load(entry);
        assertThat(deck.diagnostics().get(0).toString()).contains("b.md:").contains("error: invalid YAML");
    }

    @Test
    void missingEntry() {
        assertThatThrownBy(() -> DeckLoader.load(dir.resolve("nope.md")))
                .isInstanceOf(DeckException.class).hasMessageContaining("nope.md': no such file");
    }

    @Test
    void directoryInsteadOfAFile() {
        assertThatThrownBy(() -> DeckLoader.load(dir))
                .isInstanceOf(DeckException.class).hasMessageContaining("is a directory");
    }

    @Test
    void nonUtf8BytesAreReportedWithTheirLine() throws IOException {
        Path entry = dir.resolve("slides.md");
        Files.write(entry, new byte[] {'#', ' ', 'A', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> DeckLoader.load(entry))
                .isInstanceOf(DeckException.class)
                .satisfies(e -> {
                    Diagnostic d = ((DeckException) e).diagnostics().get(0);
                    assertThat(d.pos().line()).isEqualTo(2);
                    assertThat(d.pos().column()).isEqualTo(4);
                    assertThat(d.message()).isEqualTo("not valid UTF-8: byte 0xE9 at offset 7");
                });
    }

    @Test
    void nonUtf8ImportIsAnErrorOnTheImportingSlide() throws IOException {
        Path entry = write("slides.md", "# A\n\n---\nsrc: ./b.md\n---\n");
        Files.write(dir.resolve("b.md"), new byte[] {(byte) 0xFF});
        assertThat(errors(DeckLoader.load(entry))).singleElement().asString().startsWith("not valid UTF-8");
    }

    @Test
    void aliasBombInFrontmatterIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(9))
                    .append('*').append(prev).append("]\n");
            prev = String.valueOf(c);
        }
        Path entry = write("slides.md", yaml + "---\n\n# Bomb\n");
        assertThat(errors(DeckLoader.load(entry))).singleElement().asString().contains("Excessive alias count");
    }
}
