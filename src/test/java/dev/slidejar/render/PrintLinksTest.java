package dev.slidejar.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slides' links as the print page shows them all in one document. */
class PrintLinksTest {
    @Test
    void aLinkToASlideOfTheDeckGoesToItsBoxOnThePage() {
        Map<Integer, String> slides = new LinkedHashMap<>();
        slides.put(1, "<a href=\"../2/index.html\">next</a> <a href=\"../9/index.html\">none</a>"
                + " <a href=\"../statics/a.pdf\">file</a> <a href=\"https://example.org/2/index.html\">out</a>");
        slides.put(2, "<p>two</p>");
        assertThat(PrintLinks.forPrint(slides, 2)).containsEntry(1, "<a href=\"#slidejar-slide-2\">next</a>"
                + " <a href=\"../9/index.html\">none</a> <a href=\"../statics/a.pdf\">file</a>"
                + " <a href=\"https://example.org/2/index.html\">out</a>").containsEntry(2, "<p>two</p>");
        assertThat(PrintLinks.anchor(2)).isEqualTo("slidejar-slide-2");
    }

    @Test
    void anIdSeveralSlidesLinkToBecomesEachSlidesOwn() {
        Map<Integer, String> slides = new LinkedHashMap<>();
        slides.put(1, "<sup id=\"fnref1\"><a href=\"#fn1\">1</a></sup><li id=\"fn1\"><a href=\"#fnref1\">back</a></li>"
                + "<div id=\"chart\"></div><div id=\"same\"></div>");
        slides.put(2, "<sup id=\"fnref1\"><a href=\"#fn1\">1</a></sup><li id=\"fn1\">note</li>"
                + "<a href=\"#chart\">chart</a><div id=\"same\"></div>");
        Map<Integer, String> printed = PrintLinks.forPrint(slides, 2);
        // fn1 twice and linked to in both; fnref1 twice but linked to in slide 1 only; chart and same: not renamed
        assertThat(printed.get(1)).isEqualTo("<sup id=\"slidejar-slide-1-fnref1\"><a href=\"#slidejar-slide-1-fn1\">"
                + "1</a></sup><li id=\"slidejar-slide-1-fn1\"><a href=\"#slidejar-slide-1-fnref1\">back</a></li>"
                + "<div id=\"chart\"></div><div id=\"same\"></div>");
        assertThat(printed.get(2)).isEqualTo("<sup id=\"fnref1\"><a href=\"#slidejar-slide-2-fn1\">1</a></sup>"
                + "<li id=\"slidejar-slide-2-fn1\">note</li><a href=\"#chart\">chart</a><div id=\"same\"></div>");
    }
}
