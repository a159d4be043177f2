package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slide's {@code <style>} reaches what the slide renders and its layout's root, not the layout's own elements, as
 * Vue's scoped styles do in Slidev (a rule for {@code .col-right} does not move two-cols' right column).
 */
class ScopedStyleSiteTest {
    @TempDir
    Path tmp;

    @Test
    void theLayoutsOwnElementsAreNotTheSlides() throws IOException {
        Path site = TestSites.build(tmp, "deck", """
                ---
                layout: two-cols
                ---

                <style>
                .col-right { display: flex; }
                h1 { color: red; }
                </style>

                # Left

                ::right::

                Right
                """);
        Document page = Jsoup.parse(Files.readString(site.resolve("1/index.html")));
        assertThat(page.selectFirst(".slidev-layout").hasAttr("data-slidejar-scoped")).isTrue();
        assertThat(page.selectFirst("h1").hasAttr("data-slidejar-scoped")).isTrue();
        assertThat(page.selectFirst(".col-right").hasAttr("data-slidejar-scoped")).isFalse();
        assertThat(page.selectFirst(".col-right p").hasAttr("data-slidejar-scoped")).isTrue();
        String css = Files.readString(site.resolve("assets/style.css"));
        assertThat(css).contains(".slidev-page-1 .col-right[data-slidejar-scoped] {")
                .contains(".slidev-page-1 h1[data-slidejar-scoped] {");
    }

    @Test
    void aSlideWithoutStyleIsNotMarked() throws IOException {
        Path site = TestSites.build(tmp, "plain", "# Plain\n");
        assertThat(Files.readString(site.resolve("1/index.html"))).doesNotContain("data-slidejar-scoped");
    }
}
