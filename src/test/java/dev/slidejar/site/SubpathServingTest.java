package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example deck as GitHub Pages serves a project site: built with {@code --base /repo-name/}, served from a real
 * static server on 127.0.0.1 under {@code /repo-name/} only, then crawled from its entry pages: every local link,
 * stylesheet, script, image, frame and CSS {@code url()} must answer 200 under that prefix.
 */
class SubpathServingTest {
    static final String PREFIX = "/repo-name/";
    static final String ELEMENTS = "a[href], link[href], script[src], img[src], iframe[src]";
    static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @TempDir
    static Path dir;

    static HttpServer server;
    static HttpClient http;
    static BuildResult result;
    static URI root;

    @BeforeAll
    static void buildAndServe() throws IOException {
        result = SiteBuilder.builder().outDir(dir.resolve("site")).base(PREFIX).build()
                .build(Path.of("slides", "slides.md"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, exchange -> serve(exchange, result.outDir()));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void everyLocalUrlOfEveryPageResolvesUnderThePrefix() throws Exception {
        Map<URI, Integer> statuses = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        Deque<URI> toVisit = new ArrayDeque<>(List.of(root, root.resolve("index.html")));
        toVisit.addAll(deckPages());   // reached by the runtime's keys rather than by links
        List<String> pages = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            URI page = toVisit.pop();
            if (statuses.containsKey(page)) {
                continue;
            }
            HttpResponse<String> response = get(page);
            statuses.put(page, response.statusCode());
            if (response.statusCode() != 200) {
                continue;   // reported by the page that linked here
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            for (URI url : urls(page, response.body(), type)) {
                if (!url.getRawPath().startsWith(PREFIX)) {
                    broken.add(page + " -> " + url + ": outside " + PREFIX);
                    continue;
                }
                URI target = withoutQueryOrFragment(url);
                if (!statuses.containsKey(target) && (target.getPath().endsWith("/")
                        || target.getPath().endsWith(".html") || target.getPath().endsWith(".css"))) {
                    toVisit.add(target);
                    continue;
                }
                int status = statuses.computeIfAbsent(target, u -> get(u).statusCode());
                if (status != 200) {
                    broken.add(page + " -> " + url + ": " + status);
                }
            }
            if (type.startsWith("text/html")) {
                pages.add(page.getPath());
            }
        }
        statuses.forEach((url, status) -> {
            if (status != 200) {
                broken.add(url + ": " + status);
            }
        });
        assertThat(broken).isEmpty();
        assertThat(pages).as("HTML pages crawled").containsAll(deckPages().stream().map(URI::getPath).toList())
                .contains(PREFIX, PREFIX + "index.html");
        assertThat(statuses.keySet()).extracting(URI::getPath)
                .contains(PREFIX + "assets/style.css", PREFIX + "assets/slidejar.js", PREFIX + "assets/deck.js");
        assertThat(statuses.keySet()).anyMatch(u -> u.getPath().startsWith(PREFIX + "assets/fonts/"));
    }

    @Test
    void everySlideAnswersAtNAndNIndexHtml() {
        assertThat(result.slides()).isGreaterThan(5);
        for (int n = 1; n <= result.slides(); n++) {
            HttpResponse<String> folder = get(root.resolve(n + "/"));
            assertThat(folder.statusCode()).as("%s/", n).isEqualTo(200);
            assertThat(get(root.resolve(n + "/index.html")).body()).as("%s/index.html", n).isEqualTo(folder.body());
            Document page = Jsoup.parse(folder.body(), root.resolve(n + "/").toString());
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(PREFIX + n + "/");
        }
        assertThat(get(root.resolve((result.slides() + 1) + "/")).statusCode()).isEqualTo(404);
    }

    @Test
    void notFoundPageLinksToTheFirstSlideUnderThePrefix() {
        HttpResponse<String> missing = get(root.resolve("no/such/page/"));
        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(missing.body(), root.resolve("no/such/page/").toString());
        Element home = page.selectFirst("a[href]");
        assertThat(home).isNotNull();
        assertThat(home.attr("href")).isEqualTo(PREFIX + "index.html");
        assertThat(get(URI.create(home.absUrl("href"))).statusCode()).isEqualTo(200);
        assertThat(get(root.resolve("404.html")).body()).isEqualTo(missing.body());
    }

    /** Every slide's page, presenter and notes page, the overview, the print page and the contents page. */
    private static List<URI> deckPages() {
        List<URI> pages = new ArrayList<>();
        for (int n = 1; n <= result.slides(); n++) {
            pages.addAll(List.of(root.resolve(n + "/"), root.resolve("presenter/" + n + "/"),
                    root.resolve("notes/" + n + "/")));
        }
        pages.addAll(List.of(root.resolve("overview/"), root.resolve("print/"), root.resolve("toc/")));
        return pages;
    }

    /** The local URLs a page or stylesheet refers to, absolute; external ones, data: and the like are left out. */
    private static List<URI> urls(URI page, String body, String type) {
        List<URI> urls = new ArrayList<>();
        if (type.startsWith("text/html")) {
            Document doc = Jsoup.parse(body, page.toString());
            for (Element e : doc.select(ELEMENTS)) {
                String attr = e.hasAttr("href") ? "href" : "src";
                addLocal(urls, page, e.attr(attr));
            }
        } else if (type.startsWith("text/css")) {
            Matcher m = CSS_URL.matcher(body);
            while (m.find()) {
                addLocal(urls, page, m.group(1));
            }
        }
        return urls;
    }

    private static void addLocal(List<URI> urls, URI page, String raw) {
        String ref = raw.strip();
        if (ref.isEmpty() || ref.startsWith("#") || ref.matches("(?i)(data|mailto|javascript|tel):.*")) {
            return;
        }
        URI url = page.resolve(ref.replace(" ", "%20"));
        if (url.getHost() != null && url.getHost().equals(root.getHost()) && url.getPort() == root.getPort()) {
            urls.add(url);
        }
    }

    private static URI withoutQueryOrFragment(URI url) {
        return URI.create(url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath());
    }

    private static HttpResponse<String> get(URI url) {
        try {
            return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A static server as GitHub Pages is one: a folder redirects to its slash form, then serves its index.html;
     * anything missing answers 404 with the site's 404.html.
     */
    private static void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(PREFIX.length())).normalize();
            if (!file.startsWith(site)) {
                send(exchange, 403, "text/plain", new byte[0]);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawPath() + "/");
                    send(exchange, 301, "text/plain", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(exchange, 200, contentType(file), Files.readAllBytes(file));
            } else {
                send(exchange, 404, "text/html; charset=utf-8", Files.readAllBytes(site.resolve("404.html")));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }
}
