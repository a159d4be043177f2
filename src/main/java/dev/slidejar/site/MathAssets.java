package dev.slidejar.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deck with math adds to its site: KaTeX's stylesheet (in the deck's, its fonts at
 * {@code assets/katex/fonts/}) and the fonts with KaTeX's licence, from the bundled copy of the {@code katex}
 * package.
 */
final class MathAssets {
    private static final String FOLDER = "/dev/slidejar/assets/katex/";
    private static final Pattern FONT = Pattern.compile("url\\(fonts/([^)]+\\.woff2)\\)");

    /** A file of the site and the resource it is copied from. */
    record File(String path, String resource) {
    }

    private MathAssets() {
    }

    /** KaTeX's stylesheet, its fonts named relative to {@code assets/style.css}. */
    static String css() {
        return read("katex.css").replace("url(fonts/", "url(katex/fonts/") + "\n";
    }

    /** The fonts the stylesheet names and the licence. */
    static List<File> files() {
        List<File> files = new ArrayList<>();
        Matcher m = FONT.matcher(read("katex.css"));
        while (m.find()) {
            files.add(new File("assets/katex/fonts/" + m.group(1), FOLDER + "fonts/" + m.group(1)));
        }
        files.add(new File("assets/katex/LICENSE", FOLDER + "LICENSE"));
        return files;
    }

    private static String read(String name) {
        try (InputStream in = MathAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
