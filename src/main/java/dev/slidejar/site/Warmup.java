package dev.slidejar.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Work done ahead of time on a spare core, so that a JVM that has just started answers like a warm one. Nothing
 * it does is seen: it renders in memory and drops the result.
 *
 * <ul>
 *   <li>{@link #loadClasses()}: while the command line is still being parsed, renders the deck {@code slidejar
 *       new} writes, which loads most of the classes a render needs (YAML, Markdown, jsoup, templates, CSS).
 *   <li>{@link #prerender(Path)}: instead, when the command line most likely names a deck to serve, renders that
 *       deck with the builder the server then takes from {@link #builderFor(Path)}: the server's own first render
 *       finds every unchanged slide in that builder's cache.
 *   <li>{@link #compile}: once the dev server is up, renders the user's deck a few times with a builder of its
 *       own, so that the JIT has compiled the render path before the first edit.
 * </ul>
 */
public final class Warmup {
    private static final String SAMPLE = "/dev/slidejar/scaffold/slides.md";

    /** The render {@link #prerender(Path)} started, until {@link #builderFor(Path)} takes it. */
    private static volatile Prerender prerender;

    private record Prerender(Path entry, CompletableFuture<SiteBuilder> builder) {
    }

    private Warmup() {
    }

    /**
     * Starts rendering {@code entry} on a daemon thread with a builder of default options; returns at once. A
     * deck that cannot be rendered is not reported here: the render that follows reports it.
     */
    public static void prerender(Path entry) {
        CompletableFuture<SiteBuilder> done = new CompletableFuture<>();
        prerender = new Prerender(entry.toAbsolutePath().normalize(), done);
        Thread thread = new Thread(() -> {
            SiteBuilder builder = SiteBuilder.builder().build();
            try {
                builder.render(entry);
            } catch (RuntimeException e) {
                // reported by the real render
            } finally {
                done.complete(builder);
            }
        }, "slidejar-prerender");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A builder of default options for rendering {@code entry}: the one {@link #prerender} rendered it with, once
     * that render is done, when it was started for the same file (only once); otherwise a new one.
     */
    public static SiteBuilder builderFor(Path entry) {
        Prerender started = prerender;
        prerender = null;
        if (started != null && started.entry().equals(entry.toAbsolutePath().normalize())) {
            return started.builder().join();
        }
        return SiteBuilder.builder().build();
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
            // a command that ends before this render does ends the JVM with this thread in it: gone all the same
            // (deleted in the reverse order, the file first)
            dir.toFile().deleteOnExit();
            deck.toFile().deleteOnExit();
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
