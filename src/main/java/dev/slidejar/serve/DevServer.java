package dev.slidejar.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.js.Json;
import dev.slidejar.site.HttpServers;
import dev.slidejar.site.MediaTypes;
import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import dev.slidejar.site.SitePaths;
import dev.slidejar.site.SiteWriter;
import dev.slidejar.site.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview server: serves the site {@link SiteBuilder#render} makes, from memory; rebuilds it when
 * {@link #rebuild} is called (by the watcher) and tells every open page what changed through server-sent
 * events at {@code /__slidejar/events}; relays presenter navigation between devices at
 * {@code /__slidejar/nav} (with {@code --remote PASSWORD}, only for requests that carry it).
 */
public final class DevServer implements AutoCloseable {
    private static final String PREFIX = "/__slidejar/";
    private static final byte[] DEV_SCRIPT = "<script src=\"/__slidejar/dev.js\"></script>\n</body>"
            .getBytes(StandardCharsets.UTF_8);

    /** Renders of the deck in the background after the start, to compile the render path (see {@link Warmup}). */
    private static final int WARMUP_RENDERS = 16;
    /**
     * How long the first render waits, at most, for the first page served from a start snapshot to run its script,
     * and then how much longer.
     */
    private static final long SNAPSHOT_SHOWN_MILLIS = 1000;
    private static final long SNAPSHOT_GRACE_MILLIS = 400;
    /** How long after a render, with no edit since, the served site is saved as a start snapshot. */
    private static final long SNAPSHOT_DELAY_MILLIS = 2000;
    private static final byte[] DEV_SCRIPT_SNAPSHOT =
            "<script src=\"/__slidejar/dev.js?from=snapshot\"></script>\n</body>".getBytes(StandardCharsets.UTF_8);
    /** Slide pages ({@code 3/index.html}, {@code index.html}) sent along with an update, up to this many bytes. */
    private static final int INLINE_LIMIT = 512 * 1024;
    private static final Pattern SLIDE_PAGE = Pattern.compile("(\\d+/)?index\\.html");

    private final Path entry;
    private final SiteBuilder builder;
    private final String password;
    private final HttpServer http;
    private final ExecutorService executor;
    private final EventHub events = new EventHub();
    private final Snapshots snapshots;
    private final ScheduledExecutorService saver;
    private volatile Site site;
    private volatile int rebuilds;
    private final CountDownLatch firstRender = new CountDownLatch(1);
    /** Counted down when the first page served from the start snapshot runs its script (it is shown). */
    private final CountDownLatch snapshotShown = new CountDownLatch(1);
    /** The start snapshot served until the first render is done, or null. */
    private volatile StartSnapshot early;
    /** What differs between that snapshot and the first render, for the pages served from it: an update, or null. */
    private volatile String startUpdate;

    /**
     * Where start snapshots ({@link StartSnapshot}) are kept, and whether this start may serve one ({@code --force}:
     * not); the sites it renders are saved there either way.
     */
    public record Snapshots(Path dir, boolean reuse) {
    }

    private DevServer(Path entry, SiteBuilder builder, String password, HttpServer http, ExecutorService executor,
            Snapshots snapshots) {
        this.entry = entry;
        this.builder = builder;
        this.password = password;
        this.http = http;
        this.executor = executor;
        this.snapshots = snapshots;
        this.saver = snapshots == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slidejar-snapshot");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts serving the deck of {@code entry} on {@code bind}, at {@code port} or, when that is taken, the next
     * free one (up to 100 further). The server listens while the deck is first rendered (a request that comes
     * early waits for it), and this returns once the render is done.
     *
     * @param password the {@code --remote} password, or null: then anyone who can reach the server may drive
     *     the presentation, as in Slidev without a password
     * @throws DeckException when the deck cannot be built at all on start (then nothing is left listening)
     */
    public static DevServer start(Path entry, String bind, int port, String password) throws IOException {
        return start(entry, bind, port, password, null);
    }

    /**
     * {@link #start(Path, String, int, String)} with start snapshots: while the deck is first rendered, a
     * snapshot of it as its files are now is served when there is one (the pages served from it are sent what
     * the render changed), and the sites rendered are saved as snapshots once edits pause.
     *
     * @param snapshots where snapshots are kept, or null for none
     */
    public static DevServer start(Path entry, String bind, int port, String password, Snapshots snapshots)
            throws IOException {
        HttpServer http = null;
        for (int p = port; http == null; p++) {
            try {
                http = HttpServers.create(new InetSocketAddress(bind, p), 64);
            } catch (BindException e) {
                // taken: the next one; an address this machine does not have: no port will do
                if (p >= port + 100 || port == 0 || !String.valueOf(e.getMessage()).contains("in use")) {
                    throw e;
                }
            }
        }
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "slidejar-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        // the snapshot first: without one, a prerender may be started only once that is known (StartSnapshot.preload)
        StartSnapshot early = snapshots != null && snapshots.reuse()
                ? StartSnapshot.load(snapshots.dir(), entry).orElse(null) : null;
        DevServer server = new DevServer(entry, Warmup.builderFor(entry), password, http, executor, snapshots);
        server.early = early;
        http.createContext("/", server::handle);
        http.start();
        long renderedAt;
        try {
            if (server.early != null) {
                // the page a browser opened first is shown before the render takes the CPU: on a small machine
                // the browser drawing it and a cold render slow each other down
                if (server.snapshotShown.await(SNAPSHOT_SHOWN_MILLIS, TimeUnit.MILLISECONDS)) {
                    Thread.sleep(SNAPSHOT_GRACE_MILLIS); // its first paint, its fonts
                }
            }
            renderedAt = System.currentTimeMillis();
            server.site = server.builder.render(entry);
            StartSnapshot served = server.early;
            if (served != null) {
                List<String> changed = changed(served.files(), server.site.files());
                server.startUpdate = changed.isEmpty() ? null : update(server.site, changed, 0);
                server.early = null;
            }
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting", e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        } finally {
            server.firstRender.countDown();
        }
        server.snapshotLater(renderedAt);
        executor.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    return;
                }
                server.events.ping();
            }
        });
        // the JIT compiles the render path now rather than during the first edits; an edit or a stop ends it
        if (!SiteBuilder.compilesLayouts(server.site.deck())) {
            Warmup.compile(entry, WARMUP_RENDERS, 1000, () -> server.rebuilds > 0 || executor.isShutdown(),
                    next -> inlinePages(next, changed(server.site.files(), next.files())));
        }
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public Site site() {
        return site;
    }

    /** The number of pages listening for updates. */
    public int listeners() {
        return events.size();
    }

    /**
     * Renders the deck again and tells the pages which files changed; on bad input keeps serving the last good
     * site and shows the problem in every page (and returns it).
     */
    public synchronized List<Diagnostic> rebuild(java.util.Collection<Path> changedFiles) {
        rebuilds++;
        if (changedFiles.stream().anyMatch(f -> !f.getFileName().toString().endsWith(".md"))) {
            builder.forgetRenderedSlides(); // an image, layout or style: pages may depend on it
        }
        long t0 = System.nanoTime();
        long renderedAt = System.currentTimeMillis();
        Site next;
        try {
            next = builder.render(entry);
        } catch (DeckException e) {
            events.send("failure", Json.stringify(Map.of("message", text(e.diagnostics()))));
            return e.diagnostics();
        } catch (RuntimeException e) {
            events.send("failure", Json.stringify(Map.of("message", "internal error: " + e)));
            return List.of(Diagnostic.error(null, "internal error: " + e));
        }
        List<String> changed = changed(site.files(), next.files());
        for (String path : onDisk(next, changedFiles)) {
            if (!changed.contains(path)) {
                changed.add(path); // a picture saved anew under its name: the pages show it again
            }
        }
        site = next;
        events.send("update", update(next, changed, (System.nanoTime() - t0) / 1_000_000));
        snapshotLater(renderedAt);
        return next.diagnostics();
    }

    /** The {@code update} event's data: the changed site paths, and the changed slide pages when they are few. */
    private static String update(Site next, List<String> changed, long millis) {
        return Json.stringify(Map.of("changed", changed, "total", next.deck().slides().size(), "ms", millis,
                "pages", inlinePages(next, changed)));
    }

    /**
     * Saves the site as a start snapshot once no render followed this one (begun at {@code renderedAt}) for a
     * while: a deck being edited is not saved at every keystroke.
     */
    private void snapshotLater(long renderedAt) {
        if (saver == null) {
            return;
        }
        int generation = rebuilds;
        saver.schedule(() -> {
            Site current = site;
            if (rebuilds != generation || current == null) {
                return;
            }
            try {
                StartSnapshot.save(snapshots.dir(), entry, Watcher.roots(entry, current.deck()), current, renderedAt);
            } catch (IOException | RuntimeException e) {
                // only the next start's head start is lost
            }
        }, SNAPSHOT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The changed slide pages themselves, when they are few: a page showing one of them swaps it in without
     * asking for it again (one round trip less between a save and the slide on screen).
     */
    private static Map<String, String> inlinePages(Site site, List<String> changed) {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        int bytes = 0;
        for (String path : changed) {
            if (!SLIDE_PAGE.matcher(path).matches()) {
                continue;
            }
            if (!(site.files().get(path) instanceof SiteWriter.Bytes b)
                    || (bytes += b.data().length) > INLINE_LIMIT) {
                return Map.of(); // a deck-wide change: each page asks for its own
            }
            pages.put(path, new String(b.data(), StandardCharsets.UTF_8));
        }
        return pages;
    }

    private static List<String> changed(Map<String, SiteWriter.Content> before,
            Map<String, SiteWriter.Content> after) {
        List<String> changed = new ArrayList<>();
        for (var e : after.entrySet()) {
            var old = before.get(e.getKey());
            if (old == null || !sameContent(old, e.getValue())) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    /**
     * The site paths of {@code changedFiles} the site serves from their files as they are: the copies of the
     * deck's pictures, and the files of {@code public/}.
     */
    private static List<String> onDisk(Site site, java.util.Collection<Path> changedFiles) {
        List<String> paths = new ArrayList<>();
        for (Path file : changedFiles) {
            Path changed = file.toAbsolutePath().normalize();
            site.files().forEach((path, content) -> {
                if (content instanceof SiteWriter.Copy copy
                        && copy.source().toAbsolutePath().normalize().equals(changed)) {
                    paths.add(path);
                }
            });
            site.directories().forEach((prefix, dir) -> {
                Path root = dir.toAbsolutePath().normalize();
                if (changed.startsWith(root) && !changed.equals(root)) {
                    String inside = root.relativize(changed).toString().replace('\\', '/');
                    paths.add(prefix.isEmpty() ? inside : prefix + "/" + inside);
                }
            });
        }
        return paths;
    }

    private static boolean sameContent(Object a, Object b) {
        if (a instanceof SiteWriter.Bytes x && b instanceof SiteWriter.Bytes y) {
            return java.util.Arrays.equals(x.data(), y.data());
        }
        return a.equals(b);
    }

    private static String text(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append(d).append('\n');
        }
        return sb.toString().strip();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath();
            if (raw.startsWith(PREFIX)) {
                own(exchange, raw.substring(PREFIX.length()));
                return;
            }
            Site rendered = site;
            StartSnapshot snapshot = rendered == null ? early : null;
            if (rendered == null && snapshot == null) {
                if (!awaitFirstRender()) {
                    status(exchange, 503);
                    return;
                }
                rendered = site;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                status(exchange, 405);
                return;
            }
            Optional<String> path = SitePaths.resolve(raw);
            if (path.isEmpty()) {
                status(exchange, 403);
                return;
            }
            Optional<byte[]> body = rendered != null ? rendered.read(path.get()) : snapshot.read(path.get());
            if (body.isEmpty()) {
                status(exchange, 404);
                return;
            }
            byte[] bytes = body.get();
            String ext = path.get().substring(path.get().lastIndexOf('.') + 1);
            if (ext.equals("html")) {
                bytes = withDevScript(bytes, rendered != null ? DEV_SCRIPT : DEV_SCRIPT_SNAPSHOT);
            }
            exchange.getResponseHeaders().set("Content-Type", MediaTypes.of(path.get()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : bytes.length);
            if (!exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }


    /** Whether there is a site to serve: a request that comes during the first render waits for it. */
    private boolean awaitFirstRender() {
        try {
            return firstRender.await(5, TimeUnit.MINUTES) && site != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void own(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "events" -> {
                // a page served from the start snapshot hears what the first render changed as soon as it is done
                boolean fromSnapshot = "from=snapshot".equals(exchange.getRequestURI().getRawQuery());
                if (fromSnapshot) {
                    snapshotShown.countDown();
                }
                if (!awaitFirstRender()) {
                    status(exchange, 503);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                try {
                    events.serve(out, fromSnapshot ? startUpdate : null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case "dev.js" -> {
                byte[] js = resource("/runtime/dev.js");
                exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                exchange.sendResponseHeaders(200, js.length);
                exchange.getResponseBody().write(js);
            }
            case "nav" -> nav(exchange);
            default -> status(exchange, 404);
        }
    }

    /** A presenter's move, relayed to every page: {@code {"no":3,"clicks":1,"token":"..."}}. */
    private void nav(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            status(exchange, 405);
            return;
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && host != null && !origin.endsWith("//" + host)) {
            status(exchange, 403); // same origin only
            return;
        }
        byte[] body = exchange.getRequestBody().readNBytes(4096);
        String json = new String(body, StandardCharsets.UTF_8);
        Matcher no = Pattern.compile("\"no\"\\s*:\\s*(\\d+)").matcher(json);
        Matcher clicks = Pattern.compile("\"clicks\"\\s*:\\s*(\\d+)").matcher(json);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (password != null && !(token.find() && constantTimeEquals(token.group(1), password))) {
            status(exchange, 401);
            return;
        }
        if (!no.find()) {
            status(exchange, 400);
            return;
        }
        int n = Integer.parseInt(no.group(1));
        int c = clicks.find() ? Integer.parseInt(clicks.group(1)) : 0;
        events.send("nav", "{\"no\":" + n + ",\"clicks\":" + c + "}");
        status(exchange, 204);
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withDevScript(byte[] html, byte[] script) {
        String s = new String(html, StandardCharsets.UTF_8);
        int at = s.lastIndexOf("</body>");
        if (at < 0) {
            return html;
        }
        byte[] head = s.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = s.substring(at + 7).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + script.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(script, 0, out, head.length, script.length);
        System.arraycopy(tail, 0, out, head.length + script.length, tail.length);
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing bundled resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void status(HttpExchange exchange, int code) throws IOException {
        exchange.sendResponseHeaders(code, -1);
    }

    @Override
    public void close() {
        if (saver != null) {
            saver.shutdownNow();
        }
        events.closeAll();
        http.stop(0);
        executor.shutdownNow();
    }
}
