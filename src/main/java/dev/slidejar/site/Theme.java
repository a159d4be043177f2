package dev.slidejar.site;

import dev.slidejar.deck.FrontmatterParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A bundled theme ({@code themes/NAME/} in the sources, resources at run time): its defaults
 * ({@code theme.yaml}) and its stylesheets, to be put after the base styles.
 */
record Theme(String name, Map<String, Object> defaults, String css) {
    private static final String ROOT = "/dev/slidejar/themes/";

    static Theme load(String name) {
        Map<String, Object> yaml = FrontmatterParser.parse(resource(name + "/theme.yaml"), Path.of("theme.yaml"), 0, 0)
                .data();
        @SuppressWarnings("unchecked")
        Map<String, Object> defaults = yaml.get("defaults") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new Theme(name, defaults, resource(name + "/styles/layouts.css"));
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
        try (InputStream in = Theme.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
