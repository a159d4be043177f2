package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck with math carries KaTeX's stylesheet and fonts (offline); a deck without math carries neither. */
class MathSiteTest {
    @TempDir
    Path tmp;

    private Path build(String name, String markdown) throws IOException {
        return TestSites.build(tmp, name, markdown);
    }

    @Test
    void everyFontTheStylesheetNamesIsInTheSite() throws IOException {
        Path site = build("math", "# Math\n\n$\\mathcal{M} \\models \\varphi$\n");
        String css = Files.readString(site.resolve("assets/style.css"));
        Matcher fonts = Pattern.compile("url\\((katex/fonts/[^)]+)\\)").matcher(css);
        int count = 0;
        while (fonts.find()) {
            assertThat(site.resolve("assets").resolve(fonts.group(1))).isRegularFile();
            count++;
        }
        assertThat(count).isEqualTo(20);
        assertThat(css).contains(".katex {").doesNotContain(".woff)").doesNotContain(".ttf)");
        assertThat(site.resolve("assets/katex/LICENSE")).content().contains("MIT");
        assertThat(Files.readString(site.resolve("1/index.html"))).contains("<span class=\"katex\">");
    }

    @Test
    void aDeckWithoutMathHasNoKatex() throws IOException {
        Path site = build("plain", "# Plain\n\nNo formulas, one $ sign.\n");
        assertThat(site.resolve("assets/katex")).doesNotExist();
        assertThat(Files.readString(site.resolve("assets/style.css"))).doesNotContain("KaTeX_Main");
    }
}
