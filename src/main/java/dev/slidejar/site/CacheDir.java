package dev.slidejar.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Slidejar keeps what it may throw away at any time (shrunk images of exports, dev-server start snapshots):
 * {@code $SLIDEJAR_CACHE_DIR}, else {@code $XDG_CACHE_HOME/slidejar}, else {@code ~/.cache/slidejar}; none at all
 * when {@code SLIDEJAR_CACHE_DIR} is set empty. Each use has a folder of its own in it.
 */
public final class CacheDir {
    private CacheDir() {
    }

    /** The folder {@code name} in the cache of this process's environment, or empty when caching is off. */
    public static Optional<Path> of(String name) {
        return of(System.getenv(), System.getProperty("user.home"), name);
    }

    /** The folder {@code name} in the cache that {@code env} and the home folder {@code home} select. */
    public static Optional<Path> of(Map<String, String> env, String home, String name) {
        String own = env.get("SLIDEJAR_CACHE_DIR");
        if (own != null) {
            return own.isBlank() ? Optional.empty() : Optional.of(Path.of(own, name));
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache");
        return Optional.of(base.resolve("slidejar").resolve(name));
    }

    /**
     * Deletes the files in {@code folder} matching {@code glob} that were last written more than an hour ago: the
     * parts of files a process ended early was writing (a younger one may be another process's, being written).
     */
    public static void deleteStaleParts(Path folder, String glob) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, glob)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toMillis() < hourAgo) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }
}
