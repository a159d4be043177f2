package dev.slidejar.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code $...$} and {@code $$} blocks read as Slidev's markdown-it plugin reads them, rendered by KaTeX. */
class MathTest {
    private final SlideMarkdownRenderer markdown =
            SlideMarkdownRenderer.create(false, false, true, TextCache.in(Optional.empty()));

    private Document render(String md) {
        return Jsoup.parseBodyFragment(markdown.render(md, true).slot("default"));
    }

    private static List<String> formulas(Document doc) {
        return doc.select("annotation").eachText();
    }

    @Test
    void inlineDelimitersFollowMarkdownItKatex() {
        assertThat(formulas(render("Euler: $e^{i\\pi}+1=0$, done."))).containsExactly("e^{i\\pi}+1=0");
        // no space after the opening $, none before the closing one, no digit after it
        assertThat(formulas(render("costs $ 5 and $ 6"))).isEmpty();
        assertThat(formulas(render("from $5 to $6"))).isEmpty();
        assertThat(formulas(render("a $x $ b"))).isEmpty();
        // an escaped dollar is no delimiter, and no closing one
        assertThat(formulas(render("\\$x$ and $y\\$z$"))).containsExactly("y\\$z");
        assertThat(render("just $$ two").text()).isEqualTo("just $$ two");
        // inside code, as written
        assertThat(formulas(render("`$x$`"))).isEmpty();
    }

    @Test
    void blocksOnOneLineOrManyInASlidevWrapper() {
        Document doc = render("""
                Before

                $$
                \\begin{array}{c}
                a \\\\ b
                \\end{array}
                $$

                $$ x^2 $$

                After
                """);
        List<Element> wrappers = doc.select("div.slidev-katex-wrapper");
        assertThat(wrappers).hasSize(2);
        assertThat(wrappers.get(0).child(0).normalName()).isEqualTo("p");
        assertThat(wrappers.get(0).select(".katex-display")).hasSize(1);
        assertThat(formulas(doc)).containsExactly("\\begin{array}{c} a \\\\ b \\end{array}", "x^2");
        assertThat(doc.select("p").eachText()).contains("Before", "After");
    }

    @Test
    void aBlocksRangesMarkItsEquationLinesAsWithEveryClickDone() {
        Document doc = render("""
                $$ {1|3|2}
                \\begin{aligned}
                a &= 1 \\\\
                b &= 2 \\\\
                c &= 3
                \\end{aligned}
                $$
                """);
        Element wrapper = doc.selectFirst("div.slidev-katex-wrapper");
        assertThat(wrapper.attr("data-slidejar-ranges")).isEqualTo("[\"1\",\"3\",\"2\"]");
        // two columns (left and right of &), three rows each: the last range, 2, is the one shown
        List<Element> rows = doc.select(".mord.slidev-vclick-target");
        assertThat(rows).hasSize(6);
        assertThat(doc.select(".mord.highlighted").eachText()).containsExactly("b", "=2");
        assertThat(doc.select(".mord.dishonored")).hasSize(4);
    }

    @Test
    void whatKatexCannotParseShowsAsWritten() {
        Document doc = render("Broken $\\frac{1$ here");
        assertThat(doc.select(".katex")).isEmpty();
        assertThat(doc.text()).isEqualTo("Broken \\frac{1 here");
    }

    @Test
    void aDeckWithoutMathKeepsItsDollars() {
        SlideMarkdownRenderer plain = SlideMarkdownRenderer.create(false, false, false, TextCache.in(Optional.empty()));
        assertThat(plain.render("$x$", true).slot("default")).isEqualTo("<p>$x$</p>\n");
    }
}
