package dev.slidejar.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Work done ahead of time on a spare core, so that a JVM that has just started answers like a warm one. Nothing
 * it does is seen: it renders in memory and drops the result.
 *
 * <ul>
 *   <li>{@link #loadClasses()}: while the command line is still being parsed, renders the deck {@code slidejar
 *       new} writes, which loads most of the classes a render needs (YAML, Markdown, jsoup, templates, CSS).
 *   <li>{@link #compile}: once the dev server is up, renders the user's deck a few times with a builder of its
 *       own, so that the JIT has compiled the render path before the first edit.
 * </ul>
 */
public final class Warmup {
    private static final String SAMPLE = "/dev/slidejar/scaffold/slides.md";

    private Warmup() {
    }

    /** Starts rendering the bundled sample deck on a daemon thread; returns at once. */
    public static void loadClasses() {
        Thread thread = new Thread(Warmup::renderSample, "slidejar-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts rendering {@code entry} up to {@code times} times on a daemon thread of low priority, after waiting
     * {@code delayMillis} (the first page's requests go first); it stops early when {@code stop} says so, or at
     * the first render that fails; {@code alsoWith} is given sites to compare with the live one, as an edit
     * does. Returns the thread.
     */
    public static Thread compile(Path entry, int times, long delayMillis, BooleanSupplier stop,
            Consumer<Site> alsoWith) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                for (int i = 0; i < times && !stop.getAsBoolean(); i++) {
                    SiteBuilder builder = SiteBuilder.builder().build();
                    builder.render(entry); // every slide rendered
                    // what an edit does besides, more often: the JIT compiles code that runs once per render too
                    for (int j = 0; j < 20 && !stop.getAsBoolean(); j++) {
                        alsoWith.accept(builder.render(entry));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // a deck mid-edit: the real rebuild reports it
            }
        }, "slidejar-jit-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }

    private static void renderSample() {
        Path dir = null;
        try (InputStream in = Warmup.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                return;
            }
            dir = Files.createTempDirectory("slidejar-warmup");
            Path deck = dir.resolve("slides.md");
            Files.write(deck, in.readAllBytes());
            SiteBuilder.builder().build().render(deck);
        } catch (IOException | RuntimeException e) {
            // only an optimisation: the real render reports real problems
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("slides.md"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // the temp folder's owner cleans up
                }
            }
        }
    }
}
