package dev.slidejar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.diag.Diagnostic;
import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import dev.slidejar.site.SiteWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real loopback HTTP: what it serves, what it refuses, its events. */
class DevServerTest {
    @TempDir
    Path tmp;
    Path deck;
    DevServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        deck = tmp.resolve("deck");
        Files.createDirectories(deck.resolve("public"));
        Files.writeString(deck.resolve("slides.md"), "# One\n\n---\n\n# Two\n\nText\n");
        Files.writeString(deck.resolve("public/hello.txt"), "hello");
        Files.writeString(tmp.resolve("secret.txt"), "TOPSECRET");
        Files.createSymbolicLink(deck.resolve("public/escape.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(deck.resolve("public/escape-dir"), tmp);
        server = DevServer.start(deck.resolve("slides.md"), "127.0.0.1", 0, "s3cret");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(server.port(), path);
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path as written (no client-side normalization), over a plain socket. */
    private String raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesSlidesAtSlidevsUrlsWithTheDevScript() throws Exception {
        for (String path : List.of("/", "/2", "/2/", "/2/index.html", "/presenter/2", "/overview/")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("/__slidejar/dev.js");
        }
        assertThat(get("/2").body()).contains("<h1>Two</h1>");
        assertThat(get("/assets/style.css").statusCode()).isEqualTo(200);
        assertThat(get("/hello.txt").body()).isEqualTo("hello");
        assertThat(get("/__slidejar/dev.js").body()).contains("EventSource");
        assertThat(get("/nope.html").statusCode()).isEqualTo(404);
    }

    @Test
    void noTraversalLeavesTheSite() throws IOException {
        List<String> attempts = List.of("/../secret.txt", "/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt",
                "/%2e%2e%2fsecret.txt", "/%2E%2E/%2E%2E/secret.txt", "/%252e%252e/secret.txt", "/..%252fsecret.txt",
                "/..%5csecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt", "//etc/passwd", "/etc/passwd%00.html",
                "/%00", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/./../secret.txt",
                "/escape.txt", "/escape-dir/secret.txt", "/escape-dir/deck/slides.md", "/slides.md",
                "/C:/Windows/win.ini", "/file:///etc/passwd", "/..;/secret.txt", "/.%2e/secret.txt",
                "/%c0%ae%c0%ae/secret.txt", "/%uff0e%uff0e/secret.txt", "/" + "a/".repeat(1500) + "secret.txt",
                "/public/../../secret.txt", "/~root/.bashrc", "/.git/config", "/%2e/secret.txt",
                "/assets/..%2f..%2fsecret.txt");
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(30);
        for (String attempt : attempts) {
            String response = raw(attempt);
            String status = response.substring(0, Math.max(0, response.indexOf("\r\n")));
            assertThat(status).as(attempt).matches("HTTP/1\\.1 (400|403|404) .*");
            assertThat(response).as(attempt).doesNotContain("TOPSECRET").doesNotContain("root:x:0");
        }
    }

    @Test
    void rebuildSendsAnUpdateAndServesTheNewSlide() throws Exception {
        BlockingQueue<String> events = listen();
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("event: hello");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n---\n\n# Two, edited\n\nText\n");
        List<Diagnostic> found = server.rebuild(Set.of(deck.resolve("slides.md")));
        assertThat(found).isEmpty();
        String update = nextData(events, "event: update");
        assertThat(update).contains("\"2/index.html\"").doesNotContain("\"1/index.html\"");
        assertThat(get("/2").body()).contains("<h1>Two, edited</h1>");
        // the changed page rides along, so a page showing slide 2 needs no second request
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(update.substring("data: ".length()));
        assertThat(json.path("pages").size()).isEqualTo(1);
        assertThat(json.path("pages").path("2/index.html").asText()).contains("<h1>Two, edited</h1>")
                .contains("class=\"slidev-page");
    }

    @Test
    void aPictureSavedAnewUnderItsNameIsAChangedFile() throws Exception {
        Files.createDirectories(deck.resolve("img"));
        Files.writeString(deck.resolve("img/a.png"), "one");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n<img src=\"./img/a.png\">\n\n---\n\n# Two\n");
        server.rebuild(Set.of(deck.resolve("slides.md")));
        BlockingQueue<String> events = listen();
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("event: hello");
        Files.writeString(deck.resolve("img/a.png"), "two");
        Files.writeString(deck.resolve("public/hello.txt"), "hello again");
        server.rebuild(Set.of(deck.resolve("img/a.png"), deck.resolve("public/hello.txt")));
        String update = nextData(events, "event: update");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(update.substring("data: ".length()));
        List<String> changed = new java.util.ArrayList<>();
        json.path("changed").forEach(n -> changed.add(n.asText()));
        assertThat(changed).contains("img/a.png", "hello.txt").doesNotContain("1/index.html", "2/index.html");
        assertThat(get("/img/a.png").body()).isEqualTo("two");
    }

    @Test
    void aDeckThatCannotBeBuiltLeavesNothingListening() throws Exception {
        Path broken = tmp.resolve("broken.md");
        Files.writeString(broken, "---\nlayout: [oops\n---\n\n# One\n");
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThatThrownBy(() -> DevServer.start(broken, "127.0.0.1", port, null))
                .isInstanceOf(dev.slidejar.diag.DeckException.class);
        try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(port); // free again
        }
    }

    @Test
    void badInputKeepsTheLastGoodSiteAndReportsTheProblem() throws Exception {
        BlockingQueue<String> events = listen();
        events.poll(5, TimeUnit.SECONDS);
        Files.writeString(deck.resolve("slides.md"), "---\nlayout: [oops\n---\n\n# One\n");
        List<Diagnostic> found = server.rebuild(Set.of(deck.resolve("slides.md")));
        assertThat(found).anyMatch(Diagnostic::isError);
        assertThat(nextData(events, "event: failure")).contains("slides.md:").contains("invalid YAML");
        assertThat(get("/2").body()).contains("<h1>Two</h1>");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n---\n\n# Two again\n");
        assertThat(server.rebuild(Set.of(deck.resolve("slides.md")))).isEmpty();
        assertThat(nextData(events, "event: update")).contains("2/index.html");
    }

    @Test
    void presenterMovesNeedThePasswordAndTheSameOrigin() throws Exception {
        BlockingQueue<String> events = listen();
        events.poll(5, TimeUnit.SECONDS);
        assertThat(post("{\"no\":2,\"clicks\":0}", null)).isEqualTo(401);
        assertThat(post("{\"no\":2,\"clicks\":0,\"token\":\"wrong\"}", null)).isEqualTo(401);
        assertThat(post("{\"no\":2,\"clicks\":1,\"token\":\"s3cret\"}", "http://evil.example")).isEqualTo(403);
        assertThat(post("{\"no\":2,\"clicks\":1,\"token\":\"s3cret\"}", null)).isEqualTo(204);
        assertThat(nextData(events, "event: nav")).isEqualTo("data: {\"no\":2,\"clicks\":1}");
        assertThat(DevServer.constantTimeEquals("s3cret", "s3cret")).isTrue();
    }

    private int post(String json, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/__slidejar/nav")).POST(HttpRequest.BodyPublishers.ofString(json));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * A snapshot of the deck as its files are now, whose slide 1 says "Stale": as if Slidejar rendered it
     * differently when it was saved.
     */
    private Path staleSnapshot() throws IOException {
        Path snapshots = tmp.resolve("snapshots");
        Path entry = deck.resolve("slides.md");
        Site site = SiteBuilder.builder().build().render(entry);
        Map<String, SiteWriter.Content> files = new LinkedHashMap<>(site.files());
        String one = new String(((SiteWriter.Bytes) files.get("1/index.html")).data(), StandardCharsets.UTF_8);
        assertThat(one).contains("<h1>One</h1>");
        files.put("1/index.html", new SiteWriter.Bytes(one.replace("<h1>One</h1>", "<h1>Stale</h1>")
                .getBytes(StandardCharsets.UTF_8)));
        Site stale = new Site(site.deck(), site.config(), files, site.directories(), List.of());
        assertThat(StartSnapshot.save(snapshots, entry, List.of(deck), stale, Long.MAX_VALUE)).isTrue();
        return snapshots;
    }

    /** Starts a second server on a thread of its own, since {@link DevServer#start} returns after its render. */
    private CompletableFuture<DevServer> startAside(int port, DevServer.Snapshots snapshots) {
        CompletableFuture<DevServer> started = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                started.complete(DevServer.start(deck.resolve("slides.md"), "127.0.0.1", port, null, snapshots));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return started;
    }

    /** The first answer of a server that is starting: the request is sent again until it connects. */
    private HttpResponse<String> getWhenListening(int port, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(5);
            }
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void aStartSnapshotIsServedUntilTheFirstRenderAndItsPagesHearWhatTheRenderChanged() throws Exception {
        Path snapshots = staleSnapshot();
        int port = freePort();
        CompletableFuture<DevServer> started = startAside(port, new DevServer.Snapshots(snapshots, true));
        HttpResponse<String> first = getWhenListening(port, "/1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<h1>Stale</h1>").contains("/__slidejar/dev.js?from=snapshot");
        assertThat(started).as("the render waits for the page's script").isNotDone();

        BlockingQueue<String> events = listen(port, "?from=snapshot");
        assertThat(events.poll(20, TimeUnit.SECONDS)).isEqualTo("event: hello");
        String update = nextData(events, "event: update");
        assertThat(update).contains("\"1/index.html\"").doesNotContain("\"2/index.html\"")
                .contains("<h1>One</h1>");
        try (DevServer second = started.get(20, TimeUnit.SECONDS)) {
            HttpResponse<String> now = get(port, "/1");
            assertThat(now.body()).contains("<h1>One</h1>").doesNotContain("from=snapshot");
            BlockingQueue<String> later = listen(port, "");
            assertThat(later.poll(20, TimeUnit.SECONDS)).isEqualTo("event: hello");
            assertThat(later.poll(5, TimeUnit.SECONDS)).isEqualTo("data: {}");
            assertThat(later.poll(500, TimeUnit.MILLISECONDS)).as("nothing changed for a page served now").isNull();
        }
    }

    @Test
    void withForceTheFirstAnswerWaitsForTheRender() throws Exception {
        Path snapshots = staleSnapshot();
        int port = freePort();
        CompletableFuture<DevServer> started = startAside(port, new DevServer.Snapshots(snapshots, false));
        HttpResponse<String> first = getWhenListening(port, "/1");
        assertThat(first.body()).contains("<h1>One</h1>").doesNotContain("Stale").doesNotContain("from=snapshot");
        started.get(20, TimeUnit.SECONDS).close();
    }

    @Test
    void theSitesServedAreSavedOnceEditsPause() throws Exception {
        Path snapshots = tmp.resolve("saved");
        Path entry = deck.resolve("slides.md");
        try (DevServer saving = DevServer.start(entry, "127.0.0.1", 0, null,
                new DevServer.Snapshots(snapshots, true))) {
            awaitSnapshot(snapshots, entry);
            Files.writeString(entry, "# One\n\n---\n\n# Two, edited\n");
            assertThat(StartSnapshot.exists(snapshots, entry)).isFalse();
            assertThat(saving.rebuild(Set.of(entry))).isEmpty();
            awaitSnapshot(snapshots, entry);
            assertThat(text(StartSnapshot.load(snapshots, entry).orElseThrow().read("2/index.html").orElseThrow()))
                    .contains("<h1>Two, edited</h1>");
        }
        Files.writeString(entry, "# One\n\n---\n\n# Two\n\nText\n");
        assertThat(text(StartSnapshot.load(snapshots, entry).orElseThrow().read("2/index.html").orElseThrow()))
                .as("the first state's snapshot is still there").contains("<h1>Two</h1>");
    }

    private static void awaitSnapshot(Path snapshots, Path entry) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!StartSnapshot.exists(snapshots, entry)) {
            assertThat(System.nanoTime()).as("a snapshot within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The event stream's non-empty lines, as they come. */
    private BlockingQueue<String> listen() throws IOException {
        return listen(server.port(), "");
    }

    private BlockingQueue<String> listen(int port, String query) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
                + "/__slidejar/events" + query).toURL().openConnection();
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
        Thread t = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        });
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static String nextData(BlockingQueue<String> lines, String event) throws InterruptedException {
        for (String line; (line = lines.poll(10, TimeUnit.SECONDS)) != null; ) {
            if (line.equals(event)) {
                return lines.poll(5, TimeUnit.SECONDS);
            }
        }
        throw new AssertionError("no " + event);
    }
}
