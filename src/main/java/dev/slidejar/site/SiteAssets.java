package dev.slidejar.site;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.Slide;
import dev.slidejar.deck.SourceFile;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The deck's own files the site needs: everything of {@code public/}, and each local file a slide or a stylesheet
 * names. Turns the URLs they write into URLs for a page, collecting the files to copy; reports files that do not
 * exist.
 */
final class SiteAssets {
    private final Path root;
    private final Path publicDir;

    SiteAssets(Deck deck) {
        this.root = deck.root();
        this.publicDir = root.resolve("public");
    }

    /**
     * The URL a page that is {@code rootPrefix} below the site root must use for {@code url}, written in the slide
     * {@code from} (or in the frontmatter of a slide importing it); the file to copy goes to {@code files} (site
     * path → source), problems to {@code diagnostics}, at the line that names the file. A path that starts with
     * {@code /} is the site's: a file of {@code public/}, else of the deck's folder. A relative one is the file's
     * next to the slide's file; a bare name ({@code moire.png}, not {@code ./moire.png}) that is not there is the
     * site's too, as in Slidev: its compiler leaves such a URL alone, and the browser asks the site's root for it
     * from a slide's page ({@code /16}).
     */
    String resolve(String url, String rootPrefix, Slide from, Map<String, Path> files,
            List<Diagnostic> diagnostics) {
        return resolve(url, rootPrefix, from.source().file().path(),
                u -> from.lineOf(u).orElseGet(from.source()::pos), files, diagnostics);
    }

    /**
     * {@link #resolve(String, String, Slide, Map, List)} for a URL of the stylesheet {@code file}, whose text is
     * {@code css}: the deck's own styles, or its theme folder's.
     */
    String resolve(String url, String rootPrefix, Path file, String css, Map<String, Path> files,
            List<Diagnostic> diagnostics) {
        return resolve(url, rootPrefix, file, u -> {
            int at = css.indexOf(u);
            int line = at < 0 ? 0 : (int) css.substring(0, at).chars().filter(c -> c == '\n').count();
            return SourcePos.ofLineIndex(SourceFile.userPath(file), line);
        }, files, diagnostics);
    }

    private String resolve(String url, String rootPrefix, Path from, Function<String, SourcePos> where,
            Map<String, Path> files, List<Diagnostic> diagnostics) {
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
        boolean absolute = decoded.startsWith("/");
        Path source = null;
        String sitePath = null;
        if (!absolute) {
            source = from.getParent().resolve(decoded).normalize();
            if (!source.startsWith(root)) {
                diagnostics.add(Diagnostic.warning(where.apply(url), "'" + url
                        + "' points outside the deck's folder; left as written"));
                return url;
            }
            sitePath = root.relativize(source).toString().replace('\\', '/');
        }
        // the site's: /x.png, and a bare name that is not next to the slide's file
        boolean bare = !absolute && !decoded.startsWith(".") && !Files.isRegularFile(source);
        if (absolute || bare) {
            String fromRoot = absolute ? decoded.substring(1) : decoded;
            Path inPublic = publicDir.resolve(fromRoot).normalize();
            if (inPublic.startsWith(publicDir) && Files.isRegularFile(inPublic)) {
                return rootPrefix + (absolute ? path.substring(1) : path) + suffix; // public/ is copied whole
            }
            Path inRoot = root.resolve(fromRoot).normalize();
            if (absolute || Files.isRegularFile(inRoot)) {
                source = inRoot;
                sitePath = fromRoot;
            }
        }
        if (!source.startsWith(root) || !Files.isRegularFile(source)) {
            diagnostics.add(Diagnostic.warning(where.apply(url), "missing file '" + url
                    + "' (not in public/ nor next to the deck)"));
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
