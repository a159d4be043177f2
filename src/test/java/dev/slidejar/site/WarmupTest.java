package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.diag.DeckException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background renders: the dev server's first render takes the slides a prerender made; the JIT warm-up renders
 * the deck, stops when told, and survives a broken deck.
 */
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

    @Test
    void theServerTakesTheBuilderThatPrerenderedItsDeckOnce() throws IOException {
        Path deck = tmp.resolve("slides.md");
        Files.writeString(deck, "# One\n\n---\n\n# Two\n\n---\n\n# Three\n");
        Warmup.prerender(deck);
        SiteBuilder builder = Warmup.builderFor(tmp.resolve(".").resolve("slides.md"));
        assertThat(builder.cachedSlides()).as("slides rendered before the server asked").isEqualTo(3);
        assertThat(builder.render(deck).files()).containsKeys("1/index.html", "3/index.html");
        assertThat(Warmup.builderFor(deck).cachedSlides()).as("taken once only").isZero();
    }

    @Test
    void anotherDeckGetsANewBuilder() throws IOException {
        Path deck = tmp.resolve("slides.md");
        Path other = tmp.resolve("other.md");
        Files.writeString(deck, "# One\n");
        Files.writeString(other, "# Other\n");
        Warmup.prerender(deck);
        SiteBuilder builder = Warmup.builderFor(other);
        assertThat(builder.cachedSlides()).isZero();
        assertThat(new String(((SiteWriter.Bytes) builder.render(other).files().get("1/index.html")).data(),
                StandardCharsets.UTF_8))
                .contains("Other");
    }

    @Test
    void aBrokenDeckIsReportedByTheServersOwnRender() throws IOException {
        Path deck = tmp.resolve("slides.md");
        Files.writeString(deck, "---\nlayout: [oops\n---\n\n# One\n");
        Warmup.prerender(deck);
        SiteBuilder builder = Warmup.builderFor(deck);
        assertThatThrownBy(() -> builder.render(deck)).isInstanceOf(DeckException.class)
                .hasMessageContaining("slides.md:2");
    }
}
