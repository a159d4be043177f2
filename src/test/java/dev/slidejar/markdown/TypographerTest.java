package dev.slidejar.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A slide's text as markdown-it's typographer makes it in Slidev: {@code typographer.json} holds Markdown and the
 * HTML that markdown-exit (the markdown-it of Slidev 53, under ../shared/oracle) renders of it with the options
 * Slidev's slides get ({@code html}, {@code linkify} without fuzzy links, {@code typographer}, quotes
 * {@code ""''}): apostrophes, dashes, ellipses and symbols, across emphasis, links, line breaks, headings and
 * tables; code, raw HTML and autolinks left alone.
 */
class TypographerTest {
    private final SlideMarkdownRenderer markdown = SlideMarkdownRenderer.create();

    @TestFactory
    Stream<DynamicTest> slideTextIsTypographedAsSlidevDoes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = TypographerTest.class.getResourceAsStream("/markdown/typographer.json")) {
            for (JsonNode c : new ObjectMapper().readTree(in)) {
                String source = c.path("markdown").asText();
                String expected = c.path("html").asText();
                tests.add(DynamicTest.dynamicTest(source, () ->
                        assertThat(markdown.render(source, true).slot("default")).isEqualTo(expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
        return tests.stream();
    }

    @Test
    void notesAndTitlesAreNotTypographed() {
        assertThat(markdown.render("I didn't -- know...").slot("default")).isEqualTo("<p>I didn't -- know...</p>\n");
    }
}
