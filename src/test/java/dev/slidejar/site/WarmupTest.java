package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's background renders: they render the deck, stop when told, and survive a broken deck. */
class WarmupTest {
    @TempDir
    Path tmp;

    @Test
    void rendersTheDeckUntilToldToStop() throws Exception {
        Path deck = tmp.resolve("slides.md");
        Files.writeString(deck, "# One\n\n---\n\n# Two\n");
        List<Site> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = Warmup.compile(deck, 1_000_000, 0, stop::get, seen::add);
        long until = System.currentTimeMillis() + 10_000;
        while (seen.size() < 3 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.get(0).files()).containsKeys("1/index.html", "2/index.html");
        stop.set(true);
        thread.join(10_000);
        assertThat(thread.isAlive()).as("stopped").isFalse();
    }

    @Test
    void aDeckThatCannotBeBuiltEndsItQuietly() throws IOException, InterruptedException {
        Path deck = tmp.resolve("broken.md");
        Files.writeString(deck, "---\nlayout: [oops\n---\n\n# One\n");
        List<Site> seen = new CopyOnWriteArrayList<>();
        Thread thread = Warmup.compile(deck, 5, 0, () -> false, seen::add);
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(seen).isEmpty();
    }
}
