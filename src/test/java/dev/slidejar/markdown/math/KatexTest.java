package dev.slidejar.markdown.math;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slidejar.markdown.TextCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled KaTeX, compiled to ES5 and run in Rhino, against the oracle's KaTeX in Node ({@code math/katex.json},
 * written by {@code tools/katex-golden.mjs}): the same HTML for the formulas of the shared decks.
 */
class KatexTest {
    @TempDir
    Path tmp;

    @Test
    void rendersTheDecksFormulasAsKatexInNodeDoes() throws IOException {
        Katex katex = Katex.cachedIn(TextCache.in(Optional.empty()));
        try (InputStream in = KatexTest.class.getResourceAsStream("/math/katex.json")) {
            JsonNode all = new ObjectMapper().readTree(in);
            assertThat(all.size()).isGreaterThan(100);
            for (JsonNode f : all) {
                String tex = f.get("tex").asText();
                boolean display = f.get("display").asBoolean();
                assertThat(katex.render(tex, display)).as(tex).hasValue(f.get("html").asText());
            }
        }
    }

    @Test
    void whatKatexCannotParseIsNoHtml() {
        assertThat(Katex.cachedIn(TextCache.in(Optional.empty())).render("\\frac{", false)).isEmpty();
    }

    @Test
    void aFormulaRenderedOnceIsTakenFromTheCache() throws IOException {
        Katex katex = Katex.cachedIn(TextCache.in(Optional.of(tmp)));
        String html = katex.render("x^2", false).orElseThrow();
        try (var files = Files.list(tmp)) {
            Path kept = files.filter(f -> !f.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            assertThat(Files.readString(kept)).isEqualTo(html);
            Files.writeString(kept, "<kept/>");
        }
        assertThat(katex.render("x^2", false)).hasValue("<kept/>");
        assertThat(katex.render("x^2", true)).isNotEqualTo(Optional.of("<kept/>"));
    }
}
