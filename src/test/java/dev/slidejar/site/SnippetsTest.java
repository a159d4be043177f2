package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slidev's code snippet imports ({@code <<< @/file#region lang {meta}}), read when a slide is rendered. */
class SnippetsTest {
    @TempDir
    Path dir;

    @Test
    void aRegionIsCutOutAndDedentedInEveryCommentStyle() {
        String ts = "a\n  // #region one\n    x()\n      y()\n  // #endregion one\nb\n";
        assertThat(Snippets.region(ts, "one")).isEqualTo("x()\n  y()");
        assertThat(Snippets.region("<!-- #region r -->\n<p>\n<!-- #endregion r -->", "r")).isEqualTo("<p>");
        assertThat(Snippets.region("# region r\nprint(1)\n# endregion r", "r")).isEqualTo("print(1)");
        assertThat(Snippets.region("#region r\nx\n#endregion", "r")).as("an end without a name").isEqualTo("x");
        assertThat(Snippets.region("/* #region r */\nx\n/* #endregion r */", "r")).isEqualTo("x");
        // nested regions of the same name, and other regions' markers left out
        assertThat(Snippets.region("// #region r\na\n// #region r\nb\n// #endregion r\n// #region s\nc\n"
                + "// #endregion s\n// #endregion r\nz", "r")).isEqualTo("a\nb\nc");
        // unknown or unclosed: the whole file
        assertThat(Snippets.region("x\n// #region r\ny", "r")).isEqualTo("x\n// #region r\ny");
        assertThat(Snippets.region("x", "none")).isEqualTo("x");
    }

    @Test
    void importsBecomeCodeBlocksOutsideFencesAndFollowTheFile() throws IOException {
        Files.createDirectories(dir.resolve("snippets"));
        Path code = dir.resolve("snippets/code.ts");
        Files.writeString(code, "// #region main\nconst answer = 42\n// #endregion main\nconst other = 1\n");
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# Code\n\n<<< @/snippets/code.ts#main\n\n<<< ./snippets/code.ts js {2}\n\n"
                + "```md\n<<< @/snippets/code.ts\n```\n");
        SiteBuilder builder = SiteBuilder.builder().build();
        String html = new String(builder.render(deck).read("1/index.html").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        var doc = org.jsoup.Jsoup.parse(html);
        var blocks = doc.select("pre code");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0).text()).isEqualTo("const answer = 42");
        assertThat(blocks.get(0).hasClass("language-ts")).isTrue();
        assertThat(blocks.get(1).text()).contains("const answer = 42").contains("const other = 1");
        assertThat(blocks.get(1).hasClass("language-js")).isTrue();
        assertThat(blocks.get(2).text()).as("inside a fence: as written").isEqualTo("<<< @/snippets/code.ts");
        // the file edited: the same builder renders the slide anew
        Files.writeString(code, "// #region main\nconst answer = 43\n// #endregion main\n");
        html = new String(builder.render(deck).read("1/index.html").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(html).select("pre code").get(0).text()).isEqualTo("const answer = 43");
    }

    @Test
    void aDeckWithCrlfLineEndingsImportsToo() throws IOException {
        Files.writeString(dir.resolve("code.py"), "# region r\r\nprint(1)\r\n# endregion r\r\n");
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "# Code\r\n\r\n<<< ./code.py#r\r\n");
        String html = new String(SiteBuilder.builder().build().render(deck).read("1/index.html").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        var code = org.jsoup.Jsoup.parse(html).select("pre code");
        assertThat(code).hasSize(1);
        assertThat(code.get(0).text()).isEqualTo("print(1)");
        assertThat(code.get(0).hasClass("language-py")).isTrue();
    }
}
