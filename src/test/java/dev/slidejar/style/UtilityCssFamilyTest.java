package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per token of {@code src/test/resources/style/utilities/<family>.txt}: the CSS that Slidev 53's
 * UnoCSS generates for the token alone ({@code == token} then the CSS, written by
 * {@code tools/unocss/examples.mjs}), which {@link UtilityCss#generate} must reproduce to the byte.
 */
class UtilityCssFamilyTest {
    private static final Path EXAMPLES = Path.of("src", "test", "resources", "style", "utilities");

    @ParameterizedTest(name = "{0} § {1}")
    @MethodSource("examples")
    void generatesWhatUnoCssGenerates(String family, String token, String expected) {
        UtilityCss.Result result = UtilityCss.generate(List.of(token));

        assertThat(result.unknown()).as("unknown tokens").isEmpty();
        assertThat(withoutPreflights(result.css())).isEqualTo(expected);
    }

    static Stream<Arguments> examples() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.sorted().toList()) {
                String family = file.getFileName().toString().replace(".txt", "");
                String token = null;
                StringBuilder css = new StringBuilder();
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("== ")) {
                        if (token != null) {
                            cases.add(Arguments.of(family, token, css.toString().strip()));
                        }
                        token = line.substring(3);
                        css.setLength(0);
                    } else {
                        css.append(line).append('\n');
                    }
                }
                if (token != null) {
                    cases.add(Arguments.of(family, token, css.toString().strip()));
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(100);
        return cases.stream();
    }

    /** The generated CSS without its first layer, the constant preflights. */
    static String withoutPreflights(String css) {
        assertThat(css).startsWith("/* layer: preflights */\n");
        int end = css.indexOf("\n/* layer: ", 1);
        return end < 0 ? "" : css.substring(end + 1);
    }

}
