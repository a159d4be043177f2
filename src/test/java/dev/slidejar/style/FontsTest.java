package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden {@code @font-face} CSS for the two themes; {@code -Dgolden.update=true} rewrites the expected files. */
class FontsTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "style");
    private static final List<String> SERIPH = List.of("PT Serif", "PT Mono");
    private static final List<String> DEFAULT = List.of("Nunito Sans", "Fira Code");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fonts-seriph.css, PT Serif|PT Mono", "fonts-default.css, Nunito Sans|Fira Code"})
    void fontFaceCss(String golden, String families) throws IOException {
        String css = Fonts.fontFaceCss(List.of(families.split("\\|")), "/assets/fonts/");

        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, css, StandardCharsets.UTF_8);
        }
        assertThat(css).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void facesSlidevRequests() {
        assertThat(Fonts.files(SERIPH)).hasSize(10); // PT Serif 400/700 × normal/italic, PT Mono 400; × 2 subsets
        assertThat(Fonts.files(DEFAULT)).hasSize(10); // Nunito Sans 200/400/600, Fira Code 400/600; × 2 subsets
        assertThat(Fonts.files(List.of("PT Serif"))).contains(
                "/dev/slidejar/assets/fonts/pt-serif/pt-serif-latin-700-italic.woff2",
                "/dev/slidejar/assets/fonts/pt-serif/pt-serif-latin-ext-700-italic.woff2");
    }

    @Test
    void everyReferencedFileIsOnTheClassPath() {
        List<String> all = Fonts.families();
        assertThat(all).containsExactly("PT Serif", "PT Mono", "Nunito Sans", "Fira Code");
        assertThat(Fonts.files(all)).hasSize(20).allSatisfy(path ->
                assertThat(FontsTest.class.getResource(path)).as(path).isNotNull());
        assertThat(Fonts.licenses(all)).hasSize(4).allSatisfy(path ->
                assertThat(FontsTest.class.getResource(path)).as(path).isNotNull());
    }

    @Test
    void urlsAreThePrefixPlusThePathBelowTheFontsFolder() {
        String css = Fonts.fontFaceCss(List.of("PT Mono"), "../fonts/");
        List<String> files = Fonts.files(List.of("PT Mono"));

        assertThat(files).allSatisfy(f -> assertThat(css).contains(
                "url(../fonts/" + f.substring(Fonts.RESOURCE_FOLDER.length()) + ")"));
        assertThat(Fonts.fontFaceCss(List.of("PT Mono"), "my fonts/")).contains(
                "src: url(\"my fonts/pt-mono/pt-mono-latin-400-normal.woff2\") format('woff2');");
    }

    @Test
    void namesAsSlidevConfigsWriteThem() {
        assertThat(Fonts.files(List.of("\"pt serif\"", " 'PT Mono' ", "PT Serif")))
                .isEqualTo(Fonts.files(SERIPH));
    }

    @Test
    void unknownFamiliesAreSkipped() {
        assertThat(Fonts.fontFaceCss(List.of("Avenir Next", "Comic Sans MS"), "/f/")).isEmpty();
        assertThat(Fonts.files(List.of("Avenir Next", "Fira Code"))).isEqualTo(Fonts.files(List.of("Fira Code")));
    }
}
