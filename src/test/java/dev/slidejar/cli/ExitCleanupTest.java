package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.site.Warmup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command leaves behind when its JVM ends early: nothing in the temporary folder, no browser running. Each
 * test runs {@code slidejar} in a JVM of its own, with a temporary folder of the test's.
 */
class ExitCleanupTest {
    @TempDir
    Path dir;

    @Test
    void anExportEndedByASignalLeavesNoBrowserAndNoTemporaryFolder() throws Exception {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, ExportCommandTest.DECK);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path pdf = dir.resolve("talk.pdf");
        ProcessBuilder builder = java(tmp, Main.class.getName(), "export", deck.toString(), "--output", pdf.toString());
        builder.environment().put("SLIDEJAR_CACHE_DIR", dir.resolve("cache").toString());
        Process export = builder.redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            // the browser runs (its profile folder in our temporary folder)
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (browsers(tmp).isEmpty()) {
                assertThat(System.nanoTime()).as("the browser starts").isLessThan(deadline);
                assertThat(export.isAlive()).as("the export runs: " + Files.readString(dir.resolve("log.txt")))
                        .isTrue();
                Thread.sleep(20);
            }
            export.destroy(); // SIGTERM, as a kill or a closed terminal sends it; Ctrl-C runs the same hooks
            assertThat(export.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            export.destroyForcibly();
        }
        // the temporary folder is deleted once the browser is gone (a shutdown hook kills it, then deletes it)
        assertThat(list(tmp)).as("the temporary folder; the export's output: %s",
                Files.readString(dir.resolve("log.txt"))).isEmpty();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!browsers(tmp).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50); // a busy machine takes a moment to tear down a killed process
        }
        assertThat(browsers(tmp)).as("a browser with its profile in our temporary folder").isEmpty();
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theWarmUpLeavesNoTemporaryFolderWhenTheCommandEndsFirst() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process probe = java(tmp, EndsDuringWarmUp.class.getName()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(dir.resolve("log.txt"))).contains("warm-up folder seen");
        assertThat(list(tmp)).isEmpty();
    }

    /** Starts the warm-up, waits until its deck is written, and ends the JVM before its render can be done. */
    static final class EndsDuringWarmUp {
        public static void main(String[] args) throws Exception {
            Warmup.loadClasses();
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos(); // a busy machine is slow to start it
            while (System.nanoTime() < deadline && !written(tmp)) {
                Thread.sleep(1);
            }
            System.out.println(written(tmp) ? "warm-up folder seen" : "no warm-up folder");
            System.exit(0);
        }

        private static boolean written(Path tmp) throws IOException {
            try (Stream<Path> all = Files.walk(tmp)) {
                return all.anyMatch(p -> p.getFileName().toString().equals("slides.md"));
            }
        }
    }

    private static ProcessBuilder java(Path tmp, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The running processes whose command line gives a profile in {@code tmp}, with their state. */
    private static List<String> browsers(Path tmp) {
        return ProcessHandle.allProcesses().filter(p -> p.isAlive()
                && p.info().commandLine().orElse("").contains("--user-data-dir=" + tmp)).map(p -> {
                    String state;
                    try {
                        String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                        state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
                    } catch (IOException | RuntimeException e) {
                        state = "?";
                    }
                    return p.pid() + " (" + state + ") " + p.info().command().orElse("");
                }).toList();
    }

    static List<String> list(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
