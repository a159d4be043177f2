package dev.slidejar.export.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.slidejar.js.Json;
import dev.slidejar.site.HttpServers;
import dev.slidejar.site.MediaTypes;
import dev.slidejar.site.Site;
import dev.slidejar.site.SitePaths;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A site served on a free loopback port, so pages load as {@code http://127.0.0.1:PORT/}: a built one from its
 * folder, or one rendered into memory and never written. Its responses may be cached: the site does not change
 * while it is served (the print page's image shrinking fetches each image again, and then gets it from the
 * browser's cache instead of a second transfer).
 */
public final class StaticServer implements AutoCloseable {
    /** Where the print page asks for and stores shrunk copies of images (see {@link ShrinkCache}). */
    public static final String SHRUNK = "/__slidejar/shrunk";
    /** The paths of the images served as a kept copy instead of the original, as a JSON array. */
    public static final String SUBSTITUTED = "/__slidejar/substituted";
    /** Pictures a copy may stand in for: those the print page shrinks (not JPEG, not SVG). */
    private static final java.util.regex.Pattern SHRINKABLE = java.util.regex.Pattern.compile(
            "(?i).*\\.(png|webp|gif|avif|bmp)");
    /** The query of a picture's URL that asks for the copy kept last instead of the original. */
    public static final String KEPT = "kept";
    /** The page printed whole, whose images ask for kept copies. */
    private static final String PRINT_PAGE = "print/index.html";
    /** An {@code <img>} tag's {@code src} attribute, as the site's pages write it (double-quoted). */
    private static final java.util.regex.Pattern IMG_SRC = java.util.regex.Pattern.compile(
            "(?i)(<img\\b[^>]*?\\ssrc=\")([^\"]*)\"");
    /** The largest copy stored. */
    private static final int MAX_COPY = 64 << 20;

    private final HttpServer server;
    private final ExecutorService executor;

    private StaticServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves the built site in the folder {@code site}. */
    public static StaticServer serve(Path site) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        return start(exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            headers(exchange, file.getFileName().toString());
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
    }

    /**
     * Serves {@code site} from memory: its files as {@link Site#read} reads them, at the paths {@link SitePaths}
     * maps requests to, as the dev server does.
     */
    public static StaticServer serve(Site site) throws IOException {
        return serve(site, null);
    }

    /**
     * {@link #serve(Site)}, and with a {@code cache}, the shrunk copies of the site's images at
     * {@link #SHRUNK}{@code ?src=/PATH&w=W&h=H}: {@code GET} answers the cached copy (or 404), {@code PUT}
     * stores one (204, or 400 when it is not an image of that size).
     */
    public static StaticServer serve(Site site, ShrinkCache cache) throws IOException {
        return serve(site, cache, false);
    }

    /**
     * {@link #serve(Site, ShrinkCache)}; with {@code substitute}, the print page's {@code <img>} elements ask for a
     * picture it would shrink with {@code ?kept} (see {@link #markImages}), and such a request is answered with the
     * copy of that picture used most recently ({@link ShrinkCache#latest}) when there is one: a deck exported before
     * then loads its small copies instead of its originals. Any other use of the picture (a CSS background, a video's
     * poster, an SVG {@code <image>}) asks for it without the mark and gets the original. The print page keeps such a
     * copy only where it lays it out in the box it was made for, and loads the original elsewhere (see
     * {@link Tab#shrinkImages}); {@link #SUBSTITUTED} lists the paths served so.
     */
    public static StaticServer serve(Site site, ShrinkCache cache, boolean substitute) throws IOException {
        Set<String> substituted = java.util.concurrent.ConcurrentHashMap.newKeySet();
        return start(exchange -> {
            String raw = exchange.getRequestURI().getRawPath();
            if (cache != null && raw.equals(SHRUNK)) {
                shrunk(site, cache, exchange);
                return;
            }
            if (raw.equals(SUBSTITUTED)) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, Json.stringify(List.copyOf(substituted)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> path = SitePaths.resolve(raw);
            boolean kept = substitute && cache != null && KEPT.equals(exchange.getRequestURI().getRawQuery())
                    && path.isPresent() && SHRINKABLE.matcher(path.get()).matches();
            Optional<Path> source = path.isPresent() && !kept ? site.source(path.get()) : Optional.empty();
            if (source.isPresent()) {
                // a deck's picture streamed from its file, not read whole first (megabytes each)
                headers(exchange, path.get());
                exchange.sendResponseHeaders(200, Files.size(source.get()));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(source.get(), out);
                }
                return;
            }
            Optional<byte[]> bytes = path.isPresent() ? site.read(path.get()) : Optional.empty();
            if (bytes.isEmpty()) {
                notFound(exchange);
                return;
            }
            if (substitute && path.get().equals(PRINT_PAGE)) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, markImages(new String(bytes.get(), StandardCharsets.UTF_8), "/" + PRINT_PAGE)
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (kept) {
                Optional<byte[]> copy = cache.latest(path.get(), bytes.get());
                if (copy.isPresent()) {
                    substituted.add(raw);
                    exchange.getResponseHeaders().set("Content-Type",
                            copy.get()[0] == (byte) 0x89 ? "image/png" : "image/jpeg");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    send(exchange, copy.get());
                    return;
                }
            }
            headers(exchange, path.get());
            send(exchange, bytes.get());
        });
    }

    /**
     * {@code html}, served at {@code pagePath}, with {@code ?kept} added to the {@code src} of each {@code <img>}
     * that shows a picture of this site the print page would shrink (not JPEG, not SVG) and has no query. A tag the
     * pattern misses (a {@code >} inside an attribute before {@code src}) keeps its URL: its original is loaded.
     */
    static String markImages(String html, String pagePath) {
        java.net.URI page = java.net.URI.create(pagePath);
        return IMG_SRC.matcher(html).replaceAll(match -> {
            String src = match.group(2);
            String marked = src;
            try {
                java.net.URI uri = page.resolve(src.replace("&amp;", "&"));
                if (uri.getScheme() == null && uri.getAuthority() == null && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && uri.getRawPath() != null
                        && SHRINKABLE.matcher(uri.getRawPath()).matches()) {
                    marked = src + "?" + KEPT;
                }
            } catch (IllegalArgumentException e) {
                // not a URL the page could load from here: left as it is
            }
            return java.util.regex.Matcher.quoteReplacement(match.group(1) + marked + "\"");
        });
    }

    private static void shrunk(Site site, ShrinkCache cache, HttpExchange exchange) throws IOException {
        Map<String, String> query = new java.util.HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        Optional<String> path = SitePaths.resolve(query.getOrDefault("src", ""));
        Optional<byte[]> original = path.isPresent() ? site.read(path.get()) : Optional.empty();
        int width = number(query.get("w"));
        int height = number(query.get("h"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (original.isEmpty() || width <= 0 || height <= 0) {
            notFound(exchange);
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                Optional<byte[]> copy = cache.get(path.get(), original.get(), width, height);
                if (copy.isEmpty()) {
                    notFound(exchange);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type",
                        copy.get()[0] == (byte) 0x89 ? "image/png" : "image/jpeg");
                send(exchange, copy.get());
            }
            case "PUT" -> {
                byte[] copy = exchange.getRequestBody().readNBytes(MAX_COPY + 1);
                int status;
                try {
                    status = copy.length <= MAX_COPY && cache.put(path.get(), original.get(), width, height, copy)
                            ? 204 : 400;
                } catch (IOException e) {
                    status = 500; // a cache folder that cannot be written: the export goes on without it
                }
                exchange.sendResponseHeaders(status, -1);
            }
            default -> exchange.sendResponseHeaders(405, -1);
        }
    }

    private static int number(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static StaticServer start(HttpHandler handler) throws IOException {
        HttpServer server = HttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slidejar-export-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new StaticServer(server, executor);
    }

    private static void headers(HttpExchange exchange, String name) {
        exchange.getResponseHeaders().set("Content-Type", MediaTypes.of(name));
        exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
    }

    private static void send(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(404, -1);
    }

    /** The URL of {@code path} (relative to the site's root, query allowed). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
