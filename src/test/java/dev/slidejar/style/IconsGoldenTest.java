package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our icon output against what Slidev 53's own tools produce, recorded by {@code tools/icon-goldens.mjs}:
 * unplugin-icons components rendered by Vue, and UnoCSS preset-icons rules.
 */
class IconsGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "style");

    static Stream<Arguments> components() throws IOException {
        return rows("icon-components.tsv");
    }

    static Stream<Arguments> classes() throws IOException {
        return rows("icon-classes.tsv");
    }

    @ParameterizedTest(name = "<{0} {1}/>")
    @MethodSource("components")
    void svgIsWhatUnpluginIconsRenders(String id, String attributes, String expected) {
        String svg = Icons.find(id).orElseThrow().svg(attributes(attributes));

        // Vue serializes <path/> as <path></path>, and gives ids a random name per instance
        assertThat(canonical(svg)).isEqualTo(canonical(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classes")
    void cssIsWhatUnoCssGenerates(String className, String ignored, String expected) {
        assertThat(Icons.find(className).orElseThrow().cssDeclarations()).isEqualTo(expected);
    }

    private static Stream<Arguments> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8);
        return lines.stream().skip(1).filter(l -> !l.isEmpty()).map(l -> l.split("\t", -1))
                .map(r -> Arguments.of(r[0], r[1], r[2]));
    }

    private static Map<String, String> attributes(String pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs.split("\\|")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }

    /** Self-closing elements expanded, ids renamed id1, id2, ... in order of appearance. */
    static String canonical(String svg) {
        String expanded = Pattern.compile("<([a-zA-Z][\\w-]*)([^<>]*?)\\s*/>").matcher(svg).replaceAll("<$1$2></$1>");
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(expanded);
        String out = expanded;
        int n = 0;
        while (ids.find()) {
            out = out.replace("\"" + ids.group(1) + "\"", "\"id" + ++n + "\"")
                    .replace("#" + ids.group(1) + ")", "#id" + n + ")");
        }
        return out;
    }
}
