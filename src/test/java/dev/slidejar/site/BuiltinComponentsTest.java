package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slidev's built-in components: {@code <Toc>}'s props given as Vue gives them (plain, kebab-case, or bound:
 * {@code :columns="2"}), {@code <Youtube>}.
 */
class BuiltinComponentsTest {
    @TempDir
    Path tmp;

    private Element toc(String tag) throws IOException {
        Path site = TestSites.build(tmp, "deck", "# Contents\n\n" + tag + "\n\n---\n\n# One\n\n## One a\n\n---\n\n# Two\n");
        return Jsoup.parse(Files.readString(site.resolve("1/index.html"))).selectFirst("div.slidev-toc");
    }

    @Test
    void boundPropsAreRead() throws IOException {
        Element toc = toc("<Toc :columns=\"2\" :max-depth=\"1\" />");
        assertThat(toc.attr("style")).isEqualTo("column-count:2");
        assertThat(toc.select("li").eachText()).containsExactly("Contents", "One", "Two");
    }

    @Test
    void plainAndBoundStringPropsAreRead() throws IOException {
        assertThat(toc("<Toc columns=\"3\" maxDepth=\"1\" />").attr("style")).isEqualTo("column-count:3");
        assertThat(toc("<Toc v-bind:columns=\"'2'\" />").attr("style")).isEqualTo("column-count:2");
        // an expression the build cannot know falls back to the default
        assertThat(toc("<Toc :columns=\"cols\" />").attr("style")).isEqualTo("column-count:1");
    }

    @Test
    void youtubeIsTheEmbeddedPlayer() throws IOException {
        Path site = TestSites.build(tmp, "video", "# Video\n\n<Youtube id='wxds6MAtUQ0' width='100%' :height=\"320\" class=\"mx-2\" />\n");
        Element frame = Jsoup.parse(Files.readString(site.resolve("1/index.html"))).selectFirst("iframe");
        assertThat(frame.attr("src")).isEqualTo("https://www.youtube.com/embed/wxds6MAtUQ0");
        assertThat(frame.attr("width")).isEqualTo("100%");
        assertThat(frame.attr("height")).isEqualTo("320");
        assertThat(frame.classNames()).contains("youtube", "mx-2");
        assertThat(frame.hasAttr("id")).isFalse();
        assertThat(frame.hasAttr("allowfullscreen")).isTrue();
    }
}
