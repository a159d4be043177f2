package dev.slidejar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import dev.slidejar.site.SiteWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slidejar dev} as a process: it prints its URLs, serves, and a stop (SIGTERM, as Ctrl-C) ends it whole. */
class DevProcessTest {
    private static final Pattern URL = Pattern.compile("public slide show\\s+> http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void stoppingTheServerLeavesNothingRunning() throws Exception {
        Files.writeString(tmp.resolve("slides.md"), "# One\n\n---\n\n# Two\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.slidejar.cli.Main",
                "dev", tmp.resolve("slides.md").toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            int port = port(p);
            try (Socket s = new Socket("127.0.0.1", port)) {
                assertThat(s.isConnected()).isTrue();
            }
            p.destroy(); // SIGTERM, what Ctrl-C's SIGINT also leads to: the shutdown hook closes everything
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("the server process ended").isTrue();
            assertThat(p.descendants().count()).as("no child left").isZero();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("the port is free again")
                    .isInstanceOf(IOException.class);
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void aSaveDoesNotRepeatTheWarningsOfTheDeck() throws Exception {
        Path entry = tmp.resolve("slides.md");
        Files.writeString(entry, "# One\n\n![gone](./gone.png)\n\n---\n\n# Two\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.slidejar.cli.Main",
                "dev", entry.toString(), "--port", "0", "--log", "info").redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            awaitLines(lines, l -> l.contains("public slide show"), 1);
            Files.writeString(entry, "# One\n\n![gone](./gone.png)\n\n---\n\n# Two, edited\n");
            awaitLines(lines, l -> l.startsWith("updated in "), 1);
            Files.writeString(entry, "# One\n\n![gone](./gone.png)\n\n---\n\n# Two\n\n![also](./also.png)\n");
            awaitLines(lines, l -> l.startsWith("updated in "), 2);
        } finally {
            p.destroy();
            p.waitFor(15, TimeUnit.SECONDS);
            reader.join(5000);
        }
        assertThat(lines.stream().filter(l -> l.contains("warning:")).toList()).as(String.join("\n", lines))
                .containsExactly(entry + ":3: warning: missing file './gone.png' (not in public/ nor next to the deck)",
                        entry + ":9: warning: missing file './also.png' (not in public/ nor next to the deck)");
    }

    private static void awaitLines(List<String> lines, Predicate<String> match, int count)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (lines.stream().filter(match).count() < count) {
            assertThat(System.currentTimeMillis()).as("lines so far: %s", lines).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * The command line's start snapshots: in {@code $SLIDEJAR_CACHE_DIR/dev}, served at the next start while the
     * deck renders, and not with {@code --force}. The snapshot is made stale on purpose (its slide 1 says "Stale")
     * to tell what was served.
     */
    @Test
    void theNextStartServesTheSnapshotTheLastOneSavedUnlessForced() throws Exception {
        Path entry = tmp.resolve("deck/slides.md");
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "# One\n\n---\n\n# Two\n");
        Path cache = tmp.resolve("cache");
        Path snapshots = cache.resolve("dev");
        Process first = dev(cache, entry, 0);
        try {
            port(first);
            long deadline = System.currentTimeMillis() + 20_000;
            while (!StartSnapshot.exists(snapshots, entry)) {
                assertThat(System.currentTimeMillis()).as("a snapshot saved").isLessThan(deadline);
                Thread.sleep(50);
            }
        } finally {
            first.destroy();
            first.waitFor(15, TimeUnit.SECONDS);
        }
        StartSnapshot saved = StartSnapshot.load(snapshots, entry).orElseThrow();
        String one = new String(saved.read("1/index.html").orElseThrow(), StandardCharsets.UTF_8);
        Map<String, SiteWriter.Content> files = new LinkedHashMap<>(saved.files());
        files.put("1/index.html", new SiteWriter.Bytes(one.replace("<h1>One</h1>", "<h1>Stale</h1>")
                .getBytes(StandardCharsets.UTF_8)));
        Site site = SiteBuilder.builder().build().render(entry);
        StartSnapshot.save(snapshots, entry, List.of(entry.getParent()),
                new Site(site.deck(), site.config(), files, site.directories(), List.of()), Long.MAX_VALUE);

        assertThat(firstAnswer(cache, entry, false)).contains("<h1>Stale</h1>");
        assertThat(firstAnswer(cache, entry, true)).contains("<h1>One</h1>").doesNotContain("Stale");
    }

    /** The body of the first answer for {@code /1} of a {@code slidejar dev} just started. */
    private String firstAnswer(Path cache, Path entry, boolean force) throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process p = force ? dev(cache, entry, port, "--force") : dev(cache, entry, port);
        try {
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.currentTimeMillis() + 30_000;
            while (true) {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/1")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (java.net.ConnectException e) {
                    assertThat(System.currentTimeMillis()).as("the server listens").isLessThan(deadline);
                    Thread.sleep(5);
                }
            }
        } finally {
            p.destroy();
            p.waitFor(15, TimeUnit.SECONDS);
        }
    }

    private static Process dev(Path cache, Path entry, int port, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.slidejar.cli.Main", "dev", entry.toString(), "--port", String.valueOf(port)));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SLIDEJAR_CACHE_DIR", cache.toString());
        return builder.start();
    }

    private static int port(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 30_000;
        for (String line; System.currentTimeMillis() < deadline && (line = out.readLine()) != null; ) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server printed no URL");
    }
}
