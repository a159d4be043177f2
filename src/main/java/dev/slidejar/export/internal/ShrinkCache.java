package dev.slidejar.export.internal;

import dev.slidejar.site.CacheDir;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The shrunk copies of a deck's images that earlier exports made, in a folder shared by all exports (by default
 * {@code ~/.cache/slidejar/shrunk}): the image shrinking of the print page asks for a copy before it decodes
 * and resamples an original, and stores the copies it makes. A copy is found by what it was made from, not by
 * name: the original's bytes ({@link #key}), the copy's size, and the browser that made it (its version, and the
 * way copies are made here). A copy is stored only if it is a PNG or a JPEG of the size it claims. The folder is
 * kept under {@link #LIMIT} bytes, the copies used longest ago removed first.
 */
public final class ShrinkCache {
    /** How large the folder may grow. */
    public static final long LIMIT = 256L << 20;
    /** Changes whenever the copies are made differently (resampling, formats, quality). */
    private static final String RECIPE = "high-resample,jpeg-0.92-for-lossy-webp,png:1";
    /** The name of a copy: its original's {@link #key}, its size, and its maker. Other files are removed. */
    private static final Pattern COPY =
            Pattern.compile("[0-9a-f]{16}l[0-9a-f]+-\\d+x\\d+-[0-9a-f]{16}l[0-9a-f]+\\.img");

    private final Path dir;
    private final String maker;
    /** Each original's hash by its name in the site: an export asks for a copy, then may store one. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private Map<String, Path> newest;
    /** Whether this export has stored a copy. */
    private volatile boolean stored;

    private ShrinkCache(Path dir, String browser) {
        this.dir = dir;
        this.maker = key((browser + "\n" + RECIPE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The cache in {@code dir} (made when the first copy is stored) for copies made by {@code browser}. */
    public static ShrinkCache in(Path dir, String browser) {
        return new ShrinkCache(dir, browser);
    }

    /** The default folder: {@code shrunk} in Slidejar's cache ({@link CacheDir}); empty when caching is off. */
    public static Optional<Path> defaultDir(Map<String, String> env, String home) {
        return CacheDir.of(env, home, "shrunk");
    }

    /**
     * The copy of {@code original} (the site's file {@code name}, whose hash is remembered for the export) at
     * {@code width}x{@code height}, if one was stored; marked as used now.
     */
    public Optional<byte[]> get(String name, byte[] original, int width, int height) {
        return empty() ? Optional.empty() : use(file(name, original, width, height));
    }

    /**
     * The copy of {@code original} (the site's file {@code name}) of any size that was used or made most
     * recently, if there is one; marked as used now. An export that lays the picture out as the last one did can
     * take it in the original's place (see {@link StaticServer#serve(dev.slidejar.site.Site, ShrinkCache,
     * boolean)}).
     */
    public Optional<byte[]> latest(String name, byte[] original) {
        if (empty()) {
            return Optional.empty();
        }
        Path file = newest().get(hashes.computeIfAbsent(name, k -> key(original)));
        return file == null ? Optional.empty() : use(file);
    }

    /**
     * Whether there is no copy to find: the folder held none made by this browser when the export began, and the
     * export has stored none since. Then an original is not hashed until a copy of it is stored (a deck's first
     * export).
     */
    private boolean empty() {
        return !stored && newest().isEmpty();
    }

    /** How many originals have been hashed. */
    int hashed() {
        return hashes.size();
    }

    /** The bytes of the copy {@code file}, marked as used now; empty when it cannot be read. */
    private static Optional<byte[]> use(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The newest copy of each original made by this browser, by the original's hash: read once per export. */
    private synchronized Map<String, Path> newest() {
        if (newest == null) {
            Map<String, Path> found = new java.util.HashMap<>();
            Map<Path, Long> modified = new java.util.HashMap<>();
            String suffix = "-" + maker + ".img";
            try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*" + suffix)) {
                for (Path f : all) {
                    String file = f.getFileName().toString();
                    String hash = file.substring(0, Math.max(0, file.indexOf('-')));
                    modified.put(f, Files.getLastModifiedTime(f).toMillis());
                    Path before = found.get(hash);
                    if (before == null || modified.get(before) < modified.get(f)) {
                        found.put(hash, f);
                    }
                }
            } catch (IOException e) {
                // no folder yet: no copies
            }
            newest = found;
        }
        return newest;
    }

    /**
     * Stores {@code copy} of {@code original}, if it is a PNG or a JPEG of {@code width}x{@code height}. Returns
     * whether it was stored. Written beside and moved in, so that a reader never sees half a copy.
     */
    public boolean put(String name, byte[] original, int width, int height, byte[] copy) throws IOException {
        int[] size = ImageSize.of(copy).orElse(null);
        if (size == null || size[0] != width || size[1] != height) {
            return false;
        }
        Files.createDirectories(dir);
        Path file = file(name, original, width, height);
        Path part = Files.createTempFile(dir, ".part-", ".tmp");
        try {
            Files.write(part, copy);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        stored = true;
        return true;
    }

    /**
     * Removes the copies used longest ago until the folder holds at most {@code limit} bytes, files not named as
     * copies are (copies an earlier version named otherwise), and the parts of copies an export ended early was
     * writing (older than an hour: another export may be writing one now).
     */
    public void trim(long limit) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        CacheDir.deleteStaleParts(dir, ".part-*.tmp");
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir, "*.img")) {
            for (Path f : all) {
                if (COPY.matcher(f.getFileName().toString()).matches()) {
                    files.add(f);
                } else {
                    Files.deleteIfExists(f);
                }
            }
        }
        Map<Path, long[]> seen = new java.util.HashMap<>();
        long total = 0;
        for (Path f : files) {
            long[] sizeAndTime = {Files.size(f), Files.getLastModifiedTime(f).toMillis()};
            seen.put(f, sizeAndTime);
            total += sizeAndTime[0];
        }
        files.sort(Comparator.comparingLong(f -> seen.get(f)[1]));
        for (Path f : files) {
            if (total <= limit) {
                break;
            }
            Files.deleteIfExists(f);
            total -= seen.get(f)[0];
        }
    }

    private Path file(String name, byte[] original, int width, int height) {
        String hash = hashes.computeIfAbsent(name, k -> key(original));
        return dir.resolve(hash + "-" + width + "x" + height + "-" + maker + ".img");
    }

    /**
     * What tells one original from another: its CRC-32C and CRC-32 (64 bits: two different files of the same
     * length share both only when their difference is a multiple of both polynomials, one in 2^64 by chance) and its
     * length, as {@code 16 hex digits, "l", the length in hex}. Not a cryptographic hash: the cache holds what this
     * machine's exports made, and needs to tell an edited picture from the one before, not to resist an attacker.
     * Both CRCs are computed by the processor's instructions, also in code not yet compiled: 4 ms for the seed's
     * 10 MB of pictures, where SHA-256 took 150 ms of CPU at every export (with the launcher's quick compiler only).
     */
    static String key(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) c.getValue()) + hex.toHexDigits((int) d.getValue()) + "l"
                + Integer.toHexString(bytes.length);
    }

    /** The width and height a PNG's or a JPEG's header gives. */
    static final class ImageSize {
        private ImageSize() {
        }

        static Optional<int[]> of(byte[] b) {
            if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                    && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
                return Optional.of(new int[] {int32(b, 16), int32(b, 20)});
            }
            if (b.length < 4 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8) {
                return Optional.empty();
            }
            // JPEG: the markers up to the frame header (SOF0..SOF15 but DHT, JPG and DAC), each with its length
            int at = 2;
            while (at + 9 < b.length) {
                if ((b[at] & 0xff) != 0xff) {
                    return Optional.empty();
                }
                int marker = b[at + 1] & 0xff;
                if (marker == 0xff) {
                    at++;
                    continue;
                }
                int length = (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
                if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                    int height = (b[at + 5] & 0xff) << 8 | b[at + 6] & 0xff;
                    int width = (b[at + 7] & 0xff) << 8 | b[at + 8] & 0xff;
                    return Optional.of(new int[] {width, height});
                }
                if (marker == 0xd9 || marker == 0xda || length < 2) {
                    return Optional.empty();
                }
                at += 2 + length;
            }
            return Optional.empty();
        }

        private static int int32(byte[] b, int at) {
            return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
        }
    }
}
