package dev.slidejar.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Texts that are slow to make and the same every time (a formula rendered by KaTeX, a code block coloured by its
 * grammar), kept in a folder of Slidejar's cache, one file each, named by a hash of what they were made from. A
 * cache without a folder keeps nothing; one that cannot be read or written is passed over.
 */
public final class TextCache {
    private static final TextCache NONE = new TextCache(null);
    private final Path dir;

    private TextCache(Path dir) {
        this.dir = dir;
    }

    /** The cache in {@code dir}, or one that keeps nothing when empty. */
    public static TextCache in(Optional<Path> dir) {
        return dir.map(TextCache::new).orElse(NONE);
    }

    /** The key of what a text is made from: a hash of the parts, in order. */
    public static String key(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(dir.resolve(key), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code text}: written beside and moved in, so that a reader never sees half of it. */
    public void put(String key, String text) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, ".part-", ".tmp");
            try {
                Files.writeString(part, text, StandardCharsets.UTF_8);
                try {
                    Files.move(part, dir.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            // made anew next time
        }
    }
}
