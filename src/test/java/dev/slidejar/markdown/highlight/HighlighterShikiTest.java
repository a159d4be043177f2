package dev.slidejar.markdown.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fenced code block of the shared decks and the example deck, highlighted, against what Slidev's Shiki made
 * of it ({@code highlight/shiki.json}, written by {@code tools/shiki-golden.mjs} with the oracle's Shiki 4.6.0):
 * the same tokens with the same colours in both themes, line by line.
 */
class HighlighterShikiTest {
    static Stream<Arguments> blocks() throws IOException {
        try (InputStream in = HighlighterShikiTest.class.getResourceAsStream("/highlight/shiki.json")) {
            JsonNode all = new ObjectMapper().readTree(in);
            List<Arguments> out = new ArrayList<>();
            int i = 0;
            for (JsonNode b : all) {
                i++;
                if (!b.get("html").asText().equals("error")) {
                    out.add(Arguments.of(i + " " + b.get("deck").asText() + " " + b.get("lang").asText(),
                            b.get("lang").asText(), b.get("code").asText(), b.get("html").asText()));
                }
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void sameTokensAsShiki(String label, String lang, String code, String html) {
        List<String> expected = new ArrayList<>();
        for (String line : html.split("\n", -1)) {
            expected.add(line.replaceAll("^<span class=\"line\">", "").replaceAll("</span>$", "")
                    .replace("&#x3C;", "&lt;").replace("&#x26;", "&amp;"));
        }
        List<String> actual = Highlighter.bundled().highlight(code, lang).orElseThrow();
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }
}
