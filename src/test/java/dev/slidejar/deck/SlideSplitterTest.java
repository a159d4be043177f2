package dev.slidejar.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SlideSplitterTest {
    private static MarkdownFile split(String text) {
        Path p = Path.of("slides.md").toAbsolutePath();
        return SlideSplitter.split(new SourceFile(p, Path.of("slides.md"), text));
    }

    @Test
    void separatorsFrontmatterAndLineRanges() {
        MarkdownFile md = split("---\ntheme: x\n---\n\n# A\n\n---\n\n# B\n\n---\nlayout: center\n---\n# C\n");
        assertThat(md.slides()).hasSize(3);
        SourceSlide c = md.slides().get(2);
        assertThat(c.startLineIndex()).isEqualTo(10);
        assertThat(c.contentStartLineIndex()).isEqualTo(13);
        assertThat(c.frontmatter()).containsEntry("layout", "center");
        assertThat(c.frontmatterStyle()).isEqualTo(FrontmatterStyle.FRONTMATTER);
        assertThat(c.content()).isEqualTo("# C");
        assertThat(md.slides().get(1).frontmatter()).isEmpty();
    }

    @Test
    void noteIsTheLastCommentOnlyWhenItEndsTheSlide() {
        assertThat(split("# A\n\n<!-- a -->\n\n<!-- b -->\n").slides().get(0).note()).isEqualTo("b");
        SourceSlide s = split("# A\n\n<!-- a -->\n\ntext\n").slides().get(0);
        assertThat(s.note()).isNull();
        assertThat(s.content()).contains("<!-- a -->");
    }

    @Test
    void unclosedFrontmatterThatLooksLikeYamlIsAnError() {
        MarkdownFile md = split("# A\n\n---\nlayout: center\nclass: x\n\n# never closed\n");
        assertThat(md.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.toString()).isEqualTo("slides.md:3: error: frontmatter block is never closed: no --- line"
                    + " after it" + System.lineSeparator() + "  hint: end the frontmatter with a --- line");
        });
    }

    @Test
    void unclosedBlockOfMarkdownIsOnlyAWarning() {
        MarkdownFile md = split("# A\n\n---\n# Last\ntext\n");
        assertThat(md.diagnostics()).singleElement().satisfies(d -> assertThat(d.isError()).isFalse());
        assertThat(md.slides().get(1).content()).isEqualTo("---\n# Last\ntext");
    }

    @Test
    void crlfAndLoneCrLinesCountOnce() {
        MarkdownFile md = split("# A\r\n\r\n---\r\n\r\n# B\r\n");
        assertThat(md.slides()).extracting(SourceSlide::content).containsExactly("# A", "# B");
        assertThat(md.slides().get(1).startLineIndex()).isEqualTo(3);
    }
}
