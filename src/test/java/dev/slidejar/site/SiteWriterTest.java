package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a site all at once: the old output stays whole until the new one replaces it, even if the JVM ends. */
class SiteWriterTest {
    @TempDir
    Path dir;

    @Test
    void aNewSiteReplacesTheOldOneAndLeavesNothingBeside() throws IOException {
        Path out = dir.resolve("dist");
        SiteWriter.write(out, Map.of("index.html", bytes("one"), "a/b.txt", bytes("b")), Map.of());
        SiteWriter.write(out, Map.of("index.html", bytes("two")), Map.of());
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("a")).doesNotExist();
        assertThat(list(dir)).containsExactly("dist");
    }

    @Test
    void aBuildEndedWhileItWritesLeavesTheOldOutputAndNoHalfWrittenFolder() throws Exception {
        Path out = dir.resolve("dist");
        SiteWriter.write(out, Map.of("index.html", bytes("old")), Map.of());
        // a file to copy that is a named pipe: the write blocks on it until the JVM is ended
        Path pipe = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), BlocksWhileWriting.class.getName(), out.toString(),
                pipe.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (list(dir).stream().noneMatch(n -> n.startsWith(".dist.building-"))
                    || !Files.exists(staging(dir).resolve("first.html"))) {
                assertThat(System.nanoTime()).as("the write starts: " + Files.readString(dir.resolve("log.txt")))
                        .isLessThan(deadline);
                Thread.sleep(10);
            }
            build.destroy(); // SIGTERM
            assertThat(build.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            build.destroyForcibly();
        }
        assertThat(list(dir)).containsExactlyInAnyOrder("dist", "pipe", "log.txt");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    }

    /** Writes a site whose second file is copied from the named pipe given: it blocks there. */
    static final class BlocksWhileWriting {
        public static void main(String[] args) {
            Map<String, SiteWriter.Content> files = new LinkedHashMap<>();
            files.put("first.html", bytes("first"));
            files.put("blocked.bin", new SiteWriter.Copy(Path.of(args[1])));
            SiteWriter.write(Path.of(args[0]), files, Map.of());
        }
    }

    private static Path staging(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".dist.building-")).findFirst()
                    .orElseThrow();
        }
    }

    private static SiteWriter.Bytes bytes(String s) {
        return new SiteWriter.Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }
}
