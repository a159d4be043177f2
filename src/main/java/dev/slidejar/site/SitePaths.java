package dev.slidejar.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request paths to site paths, refusing anything that could leave the site: encoded or literal {@code ..} and
 * {@code .} segments, backslashes, NUL bytes, double encoding, absolute or over-long paths. Slidev's URLs map as
 * a static host would: {@code /} and {@code /3} and {@code /3/} to {@code index.html}, {@code 3/index.html}.
 * The dev server's and the export's servers both map requests with it.
 */
public final class SitePaths {
    static final int MAX_LENGTH = 2048;

    private SitePaths() {
    }

    /** The site path for a raw request path (as sent, still percent-encoded), or empty to refuse it. */
    public static Optional<String> resolve(String rawPath) {
        if (rawPath == null || rawPath.length() > MAX_LENGTH || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0 || decoded.indexOf('%') >= 0
                || decoded.startsWith("//")) {
            return Optional.empty();
        }
        String path = decoded.substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.startsWith("~") || segment.contains(":")) {
                return Optional.empty();
            }
        }
        if (path.isEmpty()) {
            return Optional.of("index.html");
        }
        if (path.endsWith("/")) {
            return Optional.of(path + "index.html");
        }
        if (path.matches("\\d+") || path.matches("(presenter|notes)/\\d+") || path.equals("overview")
                || path.equals("print") || path.equals("toc")) {
            return Optional.of(path + "/index.html");
        }
        return Optional.of(path);
    }
}
