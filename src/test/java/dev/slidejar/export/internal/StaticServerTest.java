package dev.slidejar.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's loopback server of a site rendered into memory: pages, assets and the deck's files by their site
 * paths, a folder's index, nothing else (raw requests, so that no client normalizes the paths first).
 */
class StaticServerTest {
    @TempDir
    Path dir;

    @Test
    void servesTheRenderedSiteAndNothingOutsideIt() throws IOException {
        Path deck = dir.resolve("deck");
        Files.createDirectories(deck.resolve("public"));
        Files.writeString(deck.resolve("public/hello.txt"), "hello");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n![a](./pic.svg)\n\n---\n\n# Two\n");
        Files.writeString(deck.resolve("pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Site site = SiteBuilder.builder().build().render(deck.resolve("slides.md"));
        try (StaticServer server = StaticServer.serve(site)) {
            int port = Integer.parseInt(server.url("").replaceAll(".*:(\\d+)/$", "$1"));
            assertThat(get(port, "/print/index.html")).startsWith("HTTP/1.1 200")
                    .containsIgnoringCase("Content-Type: text/html").containsIgnoringCase("Cache-Control: max-age=3600")
                    .contains("<h1>One</h1>");
            assertThat(get(port, "/print/")).startsWith("HTTP/1.1 200").contains("data-slidejar-view=\"print\"");
            assertThat(get(port, "/print")).startsWith("HTTP/1.1 200").contains("data-slidejar-view=\"print\"");
            assertThat(get(port, "/2/index.html?print=true")).startsWith("HTTP/1.1 200").contains("Two");
            assertThat(get(port, "/assets/style.css")).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: text/css");
            assertThat(get(port, "/hello.txt")).startsWith("HTTP/1.1 200").endsWith("hello");
            // the deck's own file, where the slide's relative URL finds it
            assertThat(get(port, "/pic.svg")).startsWith("HTTP/1.1 200").contains("image/svg+xml");
            for (String bad : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/print/../../secret.txt",
                    "/public/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/.%2e/secret.txt",
                    "/..\\secret.txt", "/..%5csecret.txt", "/hello.txt%00", "/./hello.txt", "//hello.txt",
                    "/missing.txt", "/slides.md", "/public/hello.txt")) {
                // refused (404), or not even a request to the server (400, a URI with a backslash)
                assertThat(get(port, bad)).as(bad).matches("(?s)HTTP/1.1 40[04] .*").doesNotContain("secret")
                        .doesNotContain("hello");
            }
        }
    }

    @Test
    void keepsAndGivesShrunkCopiesOfTheSitesImagesOnly() throws IOException {
        Path deck = dir.resolve("deck");
        Files.createDirectories(deck.resolve("public/img"));
        java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(800, 400,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(big, "png", deck.resolve("public/img/big pic.png").toFile());
        Files.writeString(deck.resolve("slides.md"), "# One\n");
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(200, 100,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", copy);
        Site site = SiteBuilder.builder().build().render(deck.resolve("slides.md"));
        ShrinkCache cache = ShrinkCache.in(dir.resolve("cache"), "HeadlessChrome/156");
        try (StaticServer server = StaticServer.serve(site, cache)) {
            int port = Integer.parseInt(server.url("").replaceAll(".*:(\\d+)/$", "$1"));
            String url = StaticServer.SHRUNK + "?src=" + java.net.URLEncoder.encode("/img/big%20pic.png",
                    StandardCharsets.UTF_8) + "&w=200&h=100";
            assertThat(request(port, "GET", url, new byte[0])).startsWith("HTTP/1.1 404")
                    .containsIgnoringCase("Cache-Control: no-store");
            assertThat(request(port, "PUT", url.replace("w=200", "w=201"), copy.toByteArray()))
                    .startsWith("HTTP/1.1 400");
            assertThat(request(port, "PUT", url, "not an image".getBytes(StandardCharsets.UTF_8)))
                    .startsWith("HTTP/1.1 400");
            assertThat(request(port, "PUT", url, copy.toByteArray())).startsWith("HTTP/1.1 204");
            assertThat(request(port, "GET", url, new byte[0])).startsWith("HTTP/1.1 200")
                    .containsIgnoringCase("Content-Type: image/png");
            assertThat(request(port, "POST", url, copy.toByteArray())).startsWith("HTTP/1.1 405");
            // a copy of something that is not one of the site's files is neither kept nor given
            for (String src : java.util.List.of("/../slides.md", "/slides.md", "/missing.png", "")) {
                String other = StaticServer.SHRUNK + "?src=" + java.net.URLEncoder.encode(src, StandardCharsets.UTF_8)
                        + "&w=200&h=100";
                assertThat(request(port, "PUT", other, copy.toByteArray())).as(src).startsWith("HTTP/1.1 404");
            }
        }
        try (var kept = Files.list(dir.resolve("cache"))) {
            assertThat(kept.count()).isOne();
        }
    }

    @Test
    void theCopyKeptLastStandsInForAPictureOnlyWhereThePrintPageShowsItAsAnImage() throws IOException {
        Path deck = dir.resolve("deck");
        Files.createDirectories(deck.resolve("public"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 400,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", deck.resolve("public/big.png").toFile());
        Files.writeString(deck.resolve("public/photo.jpg"), "not shrunk");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n<img src=\"/big.png\">\n\n"
                + "<div style=\"background-image: url(/big.png)\"></div>\n");
        Site site = SiteBuilder.builder().build().render(deck.resolve("slides.md"));
        byte[] original = Files.readAllBytes(deck.resolve("public/big.png"));
        ShrinkCache cache = ShrinkCache.in(dir.resolve("cache"), "HeadlessChrome/156");
        for (int width : new int[] {100, 200}) {
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, width / 2,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", copy);
            assertThat(cache.put("big.png", original, width, width / 2, copy.toByteArray())).isTrue();
            Files.setLastModifiedTime(Files.list(dir.resolve("cache")).filter(f -> f.toString().contains(
                    width + "x")).findFirst().orElseThrow(), java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() - 60_000 + width));
        }
        try (StaticServer server = StaticServer.serve(site, ShrinkCache.in(dir.resolve("cache"),
                "HeadlessChrome/156"), true)) {
            int port = Integer.parseInt(server.url("").replaceAll(".*:(\\d+)/$", "$1"));
            assertThat(get(port, StaticServer.SUBSTITUTED)).endsWith("[]");
            assertThat(get(port, "/print/index.html")).as("its <img> asks for the kept copy")
                    .contains("<img src=\"../big.png?kept\"").contains("url(../big.png)");
            String served = request(port, "GET", "/big.png?kept", new byte[0]);
            assertThat(served).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: image/png");
            assertThat(imageWidth(served)).as("the copy used last").isEqualTo(200);
            assertThat(imageWidth(request(port, "GET", "/big.png", new byte[0]))).as("not marked").isEqualTo(800);
            assertThat(get(port, "/photo.jpg?kept")).endsWith("not shrunk");
            assertThat(get(port, StaticServer.SUBSTITUTED)).contains("\"/big.png\"").doesNotContain("photo");
        }
        try (StaticServer server = StaticServer.serve(site, cache, false)) {
            int port = Integer.parseInt(server.url("").replaceAll(".*:(\\d+)/$", "$1"));
            assertThat(imageWidth(request(port, "GET", "/big.png?kept", new byte[0]))).as("not asked").isEqualTo(800);
            assertThat(get(port, "/print/index.html")).contains("<img src=\"../big.png\"");
        }
    }

    @Test
    void thePrintPageMarksOnlyImagesOfPicturesItWouldShrink() {
        String html = "<p><img src=\"../statics/a.png\" style=\"width: 300px\"><IMG alt=\"b\" SRC=\"/b.WEBP\">"
                + "<img src=\"/c.jpg\"><img src=\"/d.svg\"><img src=\"/e.png?v=2\"><img src=\"/f.gif#x\">"
                + "<img src=\"https://example.org/g.png\"><img src=\"//example.org/h.png\">"
                + "<img data-src=\"/i.png\"><img srcset=\"/j.png 2x\" src=\"/k.avif\"><video poster=\"/l.png\">"
                + "<img alt=\"1 > 0\" src=\"/m.png\"></p>";
        assertThat(StaticServer.markImages(html, "/print/index.html")).isEqualTo(
                "<p><img src=\"../statics/a.png?kept\" style=\"width: 300px\"><IMG alt=\"b\" SRC=\"/b.WEBP?kept\">"
                + "<img src=\"/c.jpg\"><img src=\"/d.svg\"><img src=\"/e.png?v=2\"><img src=\"/f.gif#x\">"
                + "<img src=\"https://example.org/g.png\"><img src=\"//example.org/h.png\">"
                + "<img data-src=\"/i.png\"><img srcset=\"/j.png 2x\" src=\"/k.avif?kept\"><video poster=\"/l.png\">"
                + "<img alt=\"1 > 0\" src=\"/m.png\"></p>");
    }

    /** The width in the IHDR chunk of the PNG an HTTP response carries. */
    private static int imageWidth(String response) {
        byte[] bytes = response.substring(response.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
        return java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
    }

    private static String request(int port, String method, String path, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
