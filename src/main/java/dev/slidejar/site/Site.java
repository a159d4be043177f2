package dev.slidejar.site;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckConfig;
import dev.slidejar.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built site held in memory: its files (site path → content) and the folders copied whole (the deck's
 * {@code public/}). {@link SiteBuilder#build} writes it; the dev server serves it as it is.
 */
public record Site(Deck deck, DeckConfig config, Map<String, SiteWriter.Content> files,
        Map<String, Path> directories, List<Diagnostic> diagnostics) {

    public Site {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        directories = Collections.unmodifiableMap(new LinkedHashMap<>(directories));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The bytes of the file at {@code sitePath} (a normalized relative path such as {@code 3/index.html}), or empty
     * when the site has no such file. A file of a copied folder is served only when it really lies inside that
     * folder: a symbolic link that points out of it is not followed.
     */
    public Optional<byte[]> read(String sitePath) throws IOException {
        return read(files, directories, sitePath);
    }

    /** {@link #read(String)} for a site given by its files and copied folders alone. */
    public static Optional<byte[]> read(Map<String, SiteWriter.Content> files, Map<String, Path> directories,
            String sitePath) throws IOException {
        SiteWriter.Content content = files.get(sitePath);
        if (content != null) {
            return Optional.of(bytes(content));
        }
        Optional<Path> file = inDirectories(directories, sitePath);
        return file.isPresent() ? Optional.of(Files.readAllBytes(file.get())) : Optional.empty();
    }

    /**
     * The file on disk the site's file at {@code sitePath} is a copy of (a deck's image, a file of its
     * {@code public/}), or empty when it has none (a page, a bundled asset) or no such file.
     */
    public Optional<Path> source(String sitePath) throws IOException {
        SiteWriter.Content content = files.get(sitePath);
        if (content != null) {
            return content instanceof SiteWriter.Copy c ? Optional.of(c.source()) : Optional.empty();
        }
        return inDirectories(directories, sitePath);
    }

    /** The file of a copied folder at {@code sitePath}, when it really lies inside that folder. */
    private static Optional<Path> inDirectories(Map<String, Path> directories, String sitePath) throws IOException {
        for (Map.Entry<String, Path> dir : directories.entrySet()) {
            String prefix = dir.getKey().isEmpty() ? "" : dir.getKey() + "/";
            if (!sitePath.startsWith(prefix)) {
                continue;
            }
            Path root = dir.getValue().toRealPath();
            Path file = root.resolve(sitePath.substring(prefix.length())).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!file.toRealPath().startsWith(root)) {
                continue;
            }
            return Optional.of(file);
        }
        return Optional.empty();
    }

    private static byte[] bytes(SiteWriter.Content content) throws IOException {
        if (content instanceof SiteWriter.Bytes b) {
            return b.data();
        }
        if (content instanceof SiteWriter.Copy c) {
            return Files.readAllBytes(c.source());
        }
        SiteWriter.Resource r = (SiteWriter.Resource) content;
        try (InputStream in = Site.class.getResourceAsStream(r.name())) {
            if (in == null) {
                throw new IOException("missing bundled resource " + r.name());
            }
            return in.readAllBytes();
        }
    }
}
