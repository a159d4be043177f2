package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ```mermaid blocks (drawn in the page by the bundled Mermaid) and ```plantuml blocks (drawn when built), offline. */
class DiagramsSiteTest {
    @TempDir
    Path tmp;

    private Path build(String markdown) throws IOException {
        return TestSites.build(tmp, "deck", markdown);
    }

    @Test
    void aMermaidBlockIsItsSourceForTheRuntimeToDrawWithMermaidInTheSite() throws IOException {
        Path site = build("""
                # One

                ```mermaid {theme: 'neutral', scale: 0.8}
                graph TD
                A --> B
                ```

                ---

                # Two
                """);
        Document one = Jsoup.parse(Files.readString(site.resolve("1/index.html")));
        Element block = one.selectFirst("div.slidejar-mermaid");
        assertThat(block.attr("data-options")).isEqualTo("{theme: 'neutral', scale: 0.8}");
        assertThat(block.selectFirst("pre").wholeText()).isEqualTo("graph TD\nA --> B");
        assertThat(one.select("script[src$=mermaid.js]")).hasSize(1);
        // only the pages that show a diagram load Mermaid; the print page shows them all
        assertThat(Jsoup.parse(Files.readString(site.resolve("2/index.html"))).select("script[src$=mermaid.js]")).isEmpty();
        assertThat(Jsoup.parse(Files.readString(site.resolve("print/index.html"))).select("script[src$=mermaid.js]"))
                .hasSize(1);
        assertThat(site.resolve("assets/mermaid.js")).isRegularFile();
        assertThat(Files.size(site.resolve("assets/mermaid/mermaid.min.js"))).isGreaterThan(1_000_000);
        assertThat(site.resolve("assets/mermaid/LICENSE")).content().contains("MIT");
    }

    @Test
    void aDeckWithoutDiagramsCarriesNoMermaid() throws IOException {
        Path site = build("# Plain\n\n```ts\nconst mermaid = 1\n```\n");
        assertThat(site.resolve("assets/mermaid")).doesNotExist();
        assertThat(site.resolve("assets/mermaid.js")).doesNotExist();
    }

    @Test
    void aPlantUmlBlockIsAnSvgPictureAsSlidevWritesItsImage() throws IOException {
        Path site = build("""
                # UML

                ```plantuml {scale: 0.7}
                @startuml
                Alice -> Bob : hello there
                @enduml
                ```
                """);
        Element img = Jsoup.parse(Files.readString(site.resolve("1/index.html"))).selectFirst(".slidev-layout img");
        assertThat(img.attr("alt")).isEqualTo("PlantUML diagram");
        assertThat(img.attr("style")).isEqualTo("scale: 0.7;");
        String src = img.attr("src");
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("hello there").contains("Alice");
    }
}
