package dev.slidejar.site;

import dev.slidejar.deck.FrontmatterParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A bundled theme ({@code themes/NAME/} in the sources, resources at run time) or a theme folder: its defaults
 * ({@code theme.yaml}) and its stylesheets, to be put after the base styles: {@code css} of a bundled theme, the
 * files of a folder's {@code styles/} ({@link #styleFiles()}), whose {@code url()}s are its files'.
 */
record Theme(String name, Path folder, Map<String, Object> defaults, String css) {
    private static final String ROOT = "/dev/slidejar/themes/";

    /** A theme named by path ({@code ./my-theme}, {@code ../themes/x}, {@code /abs/path}), not a bundled one. */
    static boolean isFolder(String name) {
        return name.startsWith("./") || name.startsWith("../") || name.startsWith("/") || name.equals(".")
                || name.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static final java.util.Map<String, Theme> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One of the bundled themes (read once: they do not change while Slidejar runs). */
    static Theme bundled(String name) {
        return BUNDLED.computeIfAbsent(name, n -> new Theme(n, null,
                defaults(resource(n + "/theme.yaml"), Path.of(n, "theme.yaml")), resource(n + "/styles/layouts.css")));
    }

    /**
     * A theme folder: {@code theme.yaml} (or Slidev's {@code package.json} "slidev.defaults") for defaults,
     * every {@code styles/*.css} in name order, and {@code layouts/*.jte}.
     */
    static Theme folder(Path dir) throws IOException {
        Map<String, Object> defaults = Map.of();
        if (Files.isRegularFile(dir.resolve("theme.yaml"))) {
            defaults = defaults(Files.readString(dir.resolve("theme.yaml")), dir.resolve("theme.yaml"));
        } else if (Files.isRegularFile(dir.resolve("package.json"))) {
            Map<String, Object> pkg = FrontmatterParser.parse(Files.readString(dir.resolve("package.json")),
                    dir.resolve("package.json"), 0, 0).data();
            defaults = map(map(pkg.get("slidev")).get("defaults"));
        }
        return new Theme(dir.getFileName().toString(), dir, defaults, "");
    }

    /** A theme folder's {@code styles/*.css} in name order; none for a bundled theme. */
    List<Path> styleFiles() throws IOException {
        return folder == null ? List.of() : cssFiles(folder.resolve("styles"), null);
    }

    /** The deck's own global styles, as Slidev loads them, in order: {@code style.css} and {@code styles/*.css}. */
    static List<Path> deckCssFiles(Path deckRoot) throws IOException {
        return cssFiles(deckRoot.resolve("styles"), deckRoot.resolve("style.css"));
    }

    private static List<Path> cssFiles(Path dir, Path single) throws IOException {
        List<Path> css = new ArrayList<>();
        if (single != null && Files.isRegularFile(single)) {
            css.add(single);
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                css.addAll(files.filter(p -> p.toString().endsWith(".css")).sorted().toList());
            }
        }
        return css;
    }

    private static Map<String, Object> defaults(String yaml, Path file) {
        return map(FrontmatterParser.parse(yaml, file, 0, 0).data().get("defaults"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The reset every page starts from. */
    static String resetCss() {
        return resource("base/styles/reset.css") + "\n";
    }

    /** Slidev's page and layout base, which every theme sits on. */
    static String slidevCss() {
        return resource("base/styles/slidev.css") + "\n";
    }

    static String resource(String path) {
        return resourceAt(ROOT + path);
    }

    /** A bundled text resource by its absolute resource path. */
    static String resourceAt(String name) {
        try (InputStream in = Theme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
