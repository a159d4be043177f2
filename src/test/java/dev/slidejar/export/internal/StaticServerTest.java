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

    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
