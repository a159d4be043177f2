package dev.slidejar.site;

import dev.slidejar.deck.Deck;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The deck's own files the site needs: everything of {@code public/}, and each local image a slide names. Turns
 * the URLs slides write into URLs for a page, collecting the files to copy; reports files that do not exist.
 */
final class SiteAssets {
    private final Path root;
    private final Path publicDir;

    SiteAssets(Deck deck) {
        this.root = deck.root();
        this.publicDir = root.resolve("public");
    }

    /**
     * The URL a page that is {@code rootPrefix} below the site root must use for {@code url}, written in
     * {@code from}; the file to copy goes to {@code files} (site path → source), problems to {@code diagnostics}.
     */
    String resolve(String url, String rootPrefix, Path from, SourcePos where, Map<String, Path> files,
            List<Diagnostic> diagnostics) {
        if (url == null || url.isEmpty() || isExternal(url)) {
            return url;
        }
        String suffix = "";
        int cut = indexOfAny(url, '?', '#');
        String path = url;
        if (cut >= 0) {
            suffix = url.substring(cut);
            path = url.substring(0, cut);
        }
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        Path source;
        String sitePath;
        if (decoded.startsWith("/")) {
            sitePath = decoded.substring(1);
            Path inPublic = publicDir.resolve(sitePath).normalize();
            source = inPublic.startsWith(publicDir) && Files.isRegularFile(inPublic) ? null
                    : root.resolve(sitePath).normalize();
            if (source == null) {
                return rootPrefix + path.substring(1) + suffix; // public/ is copied whole
            }
        } else {
            Path dir = from.getParent();
            source = dir.resolve(decoded).normalize();
            if (!source.startsWith(root)) {
                diagnostics.add(Diagnostic.warning(where, "'" + url + "' points outside the deck's folder; left as written"));
                return url;
            }
            sitePath = root.relativize(source).toString().replace('\\', '/');
        }
        if (!source.startsWith(root) || !Files.isRegularFile(source)) {
            diagnostics.add(Diagnostic.warning(where, "missing file '" + url + "' (not in public/ nor next to the deck)"));
            return rootPrefix + sitePath + suffix;
        }
        files.put(sitePath, source);
        return rootPrefix + encodePath(sitePath) + suffix;
    }

    private static String encodePath(String sitePath) {
        StringBuilder sb = new StringBuilder();
        for (String seg : sitePath.split("/")) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    static boolean isExternal(String url) {
        return url.startsWith("//") || url.startsWith("#") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
