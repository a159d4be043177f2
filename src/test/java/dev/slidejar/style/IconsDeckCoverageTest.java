package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every icon the shared decks use resolves to a bundled icon. The scan is the one {@code tools/vendor-assets.mjs}
 * makes: icon tags and {@code i-} classes in every {@code *.md} (entries, {@code pages/}, {@code reuse/}).
 */
class IconsDeckCoverageTest {
    private static final Pattern TAG = Pattern.compile("<([a-z][a-z0-9]*(?:[:-][a-z0-9]+)+)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLASS = Pattern.compile(
            "(?<=^|[\\s\"'`{])i-([a-z0-9]+(?:[:-][a-z0-9]+)+)(?=$|[\\s\"'`}/>])",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** Hyphenated tags in the decks that are Vue components, not icons. */
    private static final Set<String> NOT_ICONS = Set.of("v-click", "v-clicks", "v-drag", "v-drag-arrow",
            "single-letter");

    @Test
    void everyIconTheDecksUseIsBundled() throws IOException {
        Set<String> names = scan(TestDecks.shared().resolve("decks"));

        List<String> icons = names.stream().filter(n -> !NOT_ICONS.contains(n)).toList();
        assertThat(icons)
                .as("the scan finds the icons of the decks (tags, i- classes, pages/ and reuse/ files)")
                .contains("carbon:arrow-right", "carbon-logo-github", "ri-github-line", "codicon-file-binary",
                        "ant-design-layout-outlined", "logos-vitejs", "carbon:arrow-up", "carbon-favorite-filled");
        assertThat(icons).allSatisfy(name -> assertThat(Icons.find(name)).as(name).isPresent());
    }

    /** Tag names and i- class names (without {@code i-}) in every Markdown file under {@code decks}, lowercased. */
    static Set<String> scan(Path decks) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(decks)) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(f -> {
                String text = read(f);
                for (Pattern p : List.of(TAG, CLASS)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        names.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            });
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
