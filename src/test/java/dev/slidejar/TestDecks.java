package dev.slidejar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the test decks live: the shared real decks beside the project, and the golden cases of our own. */
public final class TestDecks {
    private TestDecks() {
    }

    /** {@code ../shared} (or {@code $SLIDEJAR_SHARED}); the tests need it, as CI has it. */
    public static Path shared() {
        String env = System.getenv("SLIDEJAR_SHARED");
        Path dir = env != null ? Path.of(env) : Path.of("..", "shared");
        assertThat(dir.resolve("decks")).as("the shared decks folder (set SLIDEJAR_SHARED to move it)").isDirectory();
        return dir.toAbsolutePath().normalize();
    }

    public static Path goldenParseCases() {
        return Path.of("src", "test", "resources", "parse").toAbsolutePath();
    }

    /** Every folder under {@code dir} that holds a {@code parse.json}, sorted by name. */
    public static List<Path> decksWithModel(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("parse.json"))).sorted().toList();
        }
    }
}
