package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.markdown.ext.CodeRanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line highlighting of code blocks ({@code ```ts {1|2-3|all}}), as built: its clicks, and the lines as printed. */
class CodeRangesTest {
    @TempDir
    Path tmp;

    private Document build(String markdown) throws IOException {
        return Jsoup.parse(Files.readString(TestSites.build(tmp, "deck", markdown).resolve("1/index.html")));
    }

    private static List<String> lineClasses(Element block) {
        return block.select(".line").stream().map(l -> l.hasClass("slidev-code-highlighted") ? "on" : "off").toList();
    }

    @Test
    void rangesTakeAClickEachAfterTheFirstAndShowTheLastWhenPrinted() throws IOException {
        Document page = build("""
                # Code

                <div v-click>first</div>

                ```ts {1|2-3|all}
                const a = 1
                const b = 2
                const c = 3
                const d = 4
                ```
                """);
        Element block = page.selectFirst(".slidev-code-wrapper");
        assertThat(block.attr("data-slidejar-ranges")).isEqualTo("[\"1\",\"2-3\",\"all\"]");
        // the v-click takes click 1; the block's second range shows at click 2, its third at click 3
        assertThat(block.attr("data-slidejar-ranges-start")).isEqualTo("2");
        assertThat(page.selectFirst(".slidev-page").attr("data-slidev-clicks-total")).isEqualTo("3");
        assertThat(lineClasses(block)).containsExactly("on", "on", "on", "on");
    }

    @Test
    void oneRangeTakesNoClickAndFinallyAtAndStartLineAreRead() throws IOException {
        Document page = build("""
                # Code

                ```c {3,4}
                a
                b
                c
                d
                ```

                ```ts {2|3}{at:5, finally:'1', startLine:2, maxHeight:'80px'}
                x
                y
                z
                ```
                """);
        List<Element> blocks = page.select(".slidev-code-wrapper");
        assertThat(lineClasses(blocks.get(0))).containsExactly("off", "off", "on", "on");
        assertThat(blocks.get(1).attr("data-slidejar-ranges-start")).isEqualTo("5");
        assertThat(blocks.get(1).attr("style")).isEqualTo("max-height:80px;overflow-y:scroll;--start:2");
        // finally '1' with lines counted from 2: no line is 1
        assertThat(lineClasses(blocks.get(1))).containsExactly("off", "off", "off");
        assertThat(page.selectFirst(".slidev-page").attr("data-slidev-clicks-total")).isEqualTo("5");
    }

    @Test
    void aTitleIsABarOverTheBlockWithTheIconSlidevPicks() throws IOException {
        Document page = build("""
                # Code

                ```ts [src/main.ts] {2}
                const a = 1
                const b = 2
                ```

                ```sh [~i-carbon:terminal~ Install]
                npm i
                ```
                """);
        List<Element> blocks = page.select(".slidev-code-wrapper");
        assertThat(blocks.get(0).attr("data-title")).isEqualTo("src/main.ts");
        Element bar = blocks.get(0).child(0);
        assertThat(bar.className()).isEqualTo("slidev-code-block-title");
        assertThat(bar.child(0).classNames()).contains("i-vscode-icons:file-type-typescript", "w-3.5", "h-3.5");
        assertThat(bar.child(1).text()).isEqualTo("src/main.ts");
        assertThat(blocks.get(0).child(1).hasClass("slidev-code")).isTrue();
        assertThat(lineClasses(blocks.get(0))).containsExactly("off", "on");
        // an icon named in the title is drawn (carbon is bundled: the stylesheet has it), and left out of the text
        Element second = blocks.get(1).child(0);
        assertThat(second.child(0).classNames()).contains("i-carbon:terminal");
        assertThat(second.text()).isEqualTo("Install");
        assertThat(Files.readString(tmp.resolve("deck-site/assets/style.css"))).contains(".i-carbon\\:terminal {");
    }

    @Test
    void aMonacoBlockIsCodeWithEveryLineShown() throws IOException {
        Document page = build("# Editor\n\n```ts {monaco} {height: '200px'}\nconst a = 1\nconst b = 2\n```\n");
        Element block = page.selectFirst(".slidev-code-wrapper");
        assertThat(block.hasAttr("data-slidejar-ranges")).isFalse();
        assertThat(block.select(".line.dishonored")).isEmpty();
        assertThat(block.select(".line span")).isNotEmpty();
    }

    @Test
    void rangesReadAsSlidevReadsThem() {
        assertThat(CodeRanges.lines(5, "all")).containsExactly(1, 2, 3, 4, 5);
        assertThat(CodeRanges.lines(5, "none")).isEmpty();
        assertThat(CodeRanges.lines(5, "1,3-4")).containsExactly(1, 3, 4);
        assertThat(CodeRanges.lines(5, "4-")).containsExactly(4, 5);
        assertThat(CodeRanges.lines(3, "2,9")).containsExactly(2);
    }
}
