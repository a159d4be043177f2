package dev.slidejar.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontmatterParserTest {
    private static final Path FILE = Path.of("slides.md");

    private static FrontmatterParser.Result parse(String yaml) {
        return FrontmatterParser.parse(yaml, FILE, 10, 0);
    }

    @Test
    void yaml12CoreSchemaAsTheNpmPackageReadsIt() {
        Map<String, Object> data = parse("a: yes\nb: 2024-03-01\nc: 0o17\nd: 1.0\ne: ~\nf: 017\n").data();
        assertThat(data).containsEntry("a", "yes").containsEntry("b", "2024-03-01").containsEntry("c", 15L)
                .containsEntry("d", 1L).containsEntry("e", null).containsEntry("f", 17L);
    }

    @Test
    void syntaxErrorIsPlacedInTheMarkdownFile() {
        FrontmatterParser.Result r = parse("theme: seriph\ntitle: \"unclosed\n");
        assertThat(r.hasErrors()).isTrue();
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.pos().file()).isEqualTo(FILE);
        assertThat(d.pos().line()).isBetween(12, 13);
        assertThat(d.toString()).startsWith("slides.md:").contains(": error: invalid YAML:");
    }

    @Test
    void columnOfAYamlBlockStartingMidLineCountsThatLine() {
        FrontmatterParser.Result r = FrontmatterParser.parse(" [x", FILE, 4, 7);
        assertThat(r.diagnostics().get(0).pos().line()).isEqualTo(5);
        assertThat(r.diagnostics().get(0).pos().column()).isGreaterThan(7);
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String prev = "a";
        for (String n : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append(n).append(": &").append(n).append(" [").append(("*" + prev + ", ").repeat(8))
                    .append('*').append(prev).append("]\n");
            prev = n;
        }
        long t0 = System.nanoTime();
        FrontmatterParser.Result r = parse(yaml.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.diagnostics().get(0).message()).contains("Excessive alias count");
        assertThat(r.data()).isEmpty();
        assertThat(ms).as("milliseconds to refuse").isLessThan(5000);
    }

    @Test
    void aFewAliasesAreFine() {
        Map<String, Object> data = parse("x: &x {a: 1}\ny: *x\nz: *x\n").data();
        assertThat(data.get("y")).isEqualTo(Map.of("a", 1L));
        assertThat(parse("x: &x {a: 1}\ny: *x\n").hasErrors()).isFalse();
    }

    @Test
    void recursiveAndUndefinedAliasesAreErrors() {
        assertThat(parse("a: &a [*a]\n").diagnostics().get(0).message()).contains("Recursive alias");
        assertThat(parse("a: *nope\n").diagnostics().get(0).message()).contains("nope");
    }

    @Test
    void duplicateKeyIsAWarningAndTheLastValueWins() {
        FrontmatterParser.Result r = parse("layout: cover\nclass: x\nlayout: center\n");
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.data()).containsEntry("layout", "center");
        assertThat(r.data().keySet()).containsExactly("layout", "class");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.pos().line()).isEqualTo(13);
            assertThat(d.message()).contains("unique");
        });
    }

    @Test
    void aScalarOrListIsNotFrontmatter() {
        assertThat(parse("just text\n").diagnostics().get(0).message()).contains("must be a YAML mapping");
        assertThat(parse("- a\n- b\n").diagnostics().get(0).message()).contains("a list");
    }

    @Test
    void commentsOnlyIsEmpty() {
        FrontmatterParser.Result r = parse("# nothing here\n");
        assertThat(r.data()).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void multipleDocumentsAreAnError() {
        assertThat(parse("a: 1\n...\n---\nb: 2\n").hasErrors()).isTrue();
    }
}
