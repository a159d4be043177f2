package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden HTML of every layout and every syntax: each deck under {@code src/test/resources/render/} is built, and
 * the HTML of each slide (the {@code .slidev-page} element of {@code N/index.html}) must equal
 * {@code expected/N.html} beside it. Run with {@code -Dgolden.update=true} to rewrite the expected files after a
 * deliberate change, then review the diff.
 */
class RenderGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/render");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyLayoutAndSyntax() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> decks = Files.list(CASES)) {
            for (Path deck : decks.filter(Files::isDirectory).sorted().toList()) {
                Path site = out.resolve(deck.getFileName().toString());
                SiteBuilder.builder().outDir(site).build().build(deck.resolve("slides.md"));
                try (Stream<Path> pages = Files.list(site)) {
                    for (Path dir : pages.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                        String n = dir.getFileName().toString();
                        tests.add(DynamicTest.dynamicTest(deck.getFileName() + "/" + n,
                                () -> check(dir.resolve("index.html"), deck.resolve("expected/" + n + ".html"))));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    private static void check(Path page, Path expected) throws IOException {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        doc.outputSettings().prettyPrint(false);
        Element slide = doc.selectFirst(".slidev-page");
        assertThat(slide).as("the slide element").isNotNull();
        String actual = slide.outerHtml() + "\n";
        if (UPDATE) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file (run with -Dgolden.update=true to create)").exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
