package dev.slidejar.serve;

import dev.slidejar.site.CacheDir;
import dev.slidejar.site.Site;
import dev.slidejar.site.SiteWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;

/**
 * The sites a dev server served for a deck, kept on disk so that a later start answers before its first render
 * is done: a cold JVM needs about a second of CPU to render a deck, reading a snapshot a few milliseconds. It is
 * what Vite's dependency cache is to Slidev's start, and {@code --force} skips it likewise.
 *
 * <p>A snapshot is found by what it was rendered from: every file under the deck's folders ({@link Watcher#roots}:
 * the entry's, those of {@code src:} imports and of a local theme; hidden folders, {@code dist} and
 * {@code node_modules} left out), each by path, size and a checksum of its content (files over
 * {@link #HASHED_UP_TO} bytes by modification time instead), and the build of Slidejar and the Java that
 * rendered it. So undoing edits, switching branches or copying the deck anew finds the snapshot of that state.
 * A snapshot is only a head start: the server renders anyway, right after it starts to listen, and sends the
 * pages it served from the snapshot whatever differs ({@link DevServer}).
 *
 * <p>A folder per deck (named by the entry's absolute path) in the given folder holds the {@link #KEPT} newest
 * snapshots and the list of the deck's folders, at most {@link #LIMIT} bytes of snapshots in all; files are
 * written to a temporary file and moved into place. Any
 * problem reading or writing one costs only the head start.
 */
public final class StartSnapshot {
    /** Snapshots kept per deck. */
    static final int KEPT = 8;
    /** Bytes of snapshots kept in all, every deck's. */
    static final long LIMIT = 64L << 20;
    /**
     * A deck whose folders hold more files than this (a deck at the top of a home folder) has no snapshots: looking
     * at them all at every start would cost more than the snapshot saves.
     */
    static final int MAX_FILES = 5000;
    /** Files up to this size are recognised by their content, larger ones by their modification time. */
    static final long HASHED_UP_TO = 64 << 10;
    private static final String MAGIC = "slidejar-start-snapshot 1";
    private static final String ROOTS = "roots";
    private static final byte BYTES = 0;
    private static final byte COPY = 1;
    private static final byte RESOURCE = 2;

    private final Map<String, SiteWriter.Content> files;
    private final Map<String, Path> directories;

    private StartSnapshot(Map<String, SiteWriter.Content> files, Map<String, Path> directories) {
        this.files = files;
        this.directories = directories;
    }

    /** The files of the site as it was saved (site path to content). */
    public Map<String, SiteWriter.Content> files() {
        return files;
    }

    /** The bytes of the site's file at {@code sitePath}, as {@link Site#read(String)}. */
    public Optional<byte[]> read(String sitePath) throws IOException {
        return Site.read(files, directories, sitePath);
    }

    /**
     * Whether {@code dir} holds a snapshot of {@code entry} as its files are now, made by this build (without
     * reading the snapshot).
     */
    public static boolean exists(Path dir, Path entry) {
        try {
            return Files.isRegularFile(current(dir, entry).file());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The load {@link #preload} started, until {@link #load} takes it. */
    private static final AtomicReference<Preload> PRELOADED = new AtomicReference<>();

    private record Preload(Path dir, Path entry, CompletableFuture<Optional<StartSnapshot>> snapshot) {
    }

    /**
     * Starts loading the snapshot of {@code entry} in {@code dir} on a daemon thread, and returns at once; when there
     * is none, that thread runs {@code otherwise} (a prerender) before it is done. The next {@link #load} of the
     * same deck from the same folder takes what it found, waiting for it (once): a dev server's start reads the
     * deck's files and the snapshot while picocli reads the command line, and only once (they were read twice).
     */
    public static void preload(Path dir, Path entry, Runnable otherwise) {
        CompletableFuture<Optional<StartSnapshot>> found = new CompletableFuture<>();
        PRELOADED.set(new Preload(dir, absolute(entry), found));
        Thread thread = new Thread(() -> {
            Optional<StartSnapshot> snapshot = Optional.empty();
            try {
                snapshot = read(dir, entry);
                if (snapshot.isEmpty()) {
                    otherwise.run(); // begun before load() returns: the server then takes the prerender's builder
                }
            } finally {
                found.complete(snapshot);
            }
        }, "slidejar-snapshot-load");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The snapshot of {@code entry} in {@code dir} as its files are now, when there is one: the one {@link #preload}
     * found, when it was started for this deck and folder.
     */
    public static Optional<StartSnapshot> load(Path dir, Path entry) {
        Preload started = PRELOADED.getAndSet(null);
        if (started != null && started.dir().equals(dir) && started.entry().equals(absolute(entry))) {
            return started.snapshot().join();
        }
        return read(dir, entry);
    }

    private static Optional<StartSnapshot> read(Path dir, Path entry) {
        Current current;
        try {
            current = current(dir, entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(current.file())) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(current.file()), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(build())
                    || !in.readUTF().equals(absolute(entry).toString())) {
                return Optional.empty();
            }
            List<Path> roots = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                roots.add(Path.of(in.readUTF()));
            }
            if (!roots.equals(current.roots())
                    || !new String(readBytes(in), StandardCharsets.UTF_8).equals(current.stamps())) {
                return Optional.empty();
            }
            Map<String, SiteWriter.Content> files = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String path = in.readUTF();
                byte kind = in.readByte();
                files.put(path, switch (kind) {
                    case BYTES -> new SiteWriter.Bytes(readBytes(in));
                    case COPY -> new SiteWriter.Copy(Path.of(in.readUTF()));
                    case RESOURCE -> new SiteWriter.Resource(in.readUTF());
                    default -> throw new IOException("unknown kind " + kind);
                });
            }
            Map<String, Path> directories = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                directories.put(in.readUTF(), Path.of(in.readUTF()));
            }
            return Optional.of(new StartSnapshot(files, directories));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or of another format: rendered as without one
        }
    }

    /** The deck's folders as last saved, its files' stamps now, and the snapshot file of that state. */
    private record Current(List<Path> roots, String stamps, Path file) {
    }

    private static Current current(Path dir, Path entry) throws IOException {
        Path deck = deckFolder(dir, entry);
        List<Path> roots = new ArrayList<>();
        for (String line : Files.readAllLines(deck.resolve(ROOTS), StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                roots.add(Path.of(line));
            }
        }
        String stamps = stamps(roots).text();
        return new Current(roots, stamps, deck.resolve(name(build() + "\n" + stamps) + ".snapshot"));
    }

    /**
     * Saves {@code site}, rendered from {@code entry}, into {@code dir}, unless a file under {@code roots} was
     * changed at {@code renderedAt} (epoch milliseconds) or later: then the site may not show that change.
     *
     * @return whether a snapshot was written
     */
    public static boolean save(Path dir, Path entry, List<Path> roots, Site site, long renderedAt)
            throws IOException {
        List<Path> absolute = roots.stream().map(StartSnapshot::absolute).toList();
        Stamps stamps = stamps(absolute);
        if (stamps.newest() >= renderedAt) {
            return false;
        }
        Path deck = deckFolder(dir, entry);
        Files.createDirectories(deck);
        StringBuilder rootList = new StringBuilder();
        absolute.forEach(root -> rootList.append(root).append('\n'));
        writeAtomically(deck.resolve(ROOTS), rootList.toString().getBytes(StandardCharsets.UTF_8));
        Path target = deck.resolve(name(build() + "\n" + stamps.text()) + ".snapshot");
        Path temp = Files.createTempFile(deck, target.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeUTF(MAGIC);
                out.writeUTF(build());
                out.writeUTF(absolute(entry).toString());
                out.writeInt(absolute.size());
                for (Path root : absolute) {
                    out.writeUTF(root.toString());
                }
                writeBytes(out, stamps.text().getBytes(StandardCharsets.UTF_8));
                out.writeInt(site.files().size());
                for (Map.Entry<String, SiteWriter.Content> e : site.files().entrySet()) {
                    out.writeUTF(e.getKey());
                    if (e.getValue() instanceof SiteWriter.Bytes b) {
                        out.writeByte(BYTES);
                        writeBytes(out, b.data());
                    } else if (e.getValue() instanceof SiteWriter.Copy c) {
                        out.writeByte(COPY);
                        out.writeUTF(absolute(c.source()).toString());
                    } else {
                        out.writeByte(RESOURCE);
                        out.writeUTF(((SiteWriter.Resource) e.getValue()).name());
                    }
                }
                out.writeInt(site.directories().size());
                for (Map.Entry<String, Path> e : site.directories().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(absolute(e.getValue()).toString());
                }
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        trim(dir, deck, LIMIT);
        return true;
    }

    /**
     * Removes the oldest snapshots: all but the {@link #KEPT} newest of {@code deck}, then, oldest first, those
     * beyond {@code limit} bytes in {@code dir} as a whole (every deck's); and in {@code deck}, the parts of
     * snapshots a server ended early was writing (older than an hour: another server may be writing one now).
     */
    static void trim(Path dir, Path deck, long limit) throws IOException {
        CacheDir.deleteStaleParts(deck, "*.tmp");
        List<Kept> ofDeck = newestFirst(List.of(deck));
        for (Kept old : ofDeck.subList(Math.min(KEPT, ofDeck.size()), ofDeck.size())) {
            Files.deleteIfExists(old.file());
        }
        List<Path> decks;
        try (var folders = Files.list(dir)) {
            decks = folders.filter(Files::isDirectory).toList();
        }
        long total = 0;
        for (Kept kept : newestFirst(decks)) {
            total += kept.size();
            if (total > limit) {
                Files.deleteIfExists(kept.file());
            }
        }
    }

    private record Kept(Path file, long modified, long size) {
    }

    /** The snapshots in {@code decks}, the most recently written first. */
    private static List<Kept> newestFirst(List<Path> decks) throws IOException {
        List<Kept> kept = new ArrayList<>();
        for (Path deck : decks) {
            try (var files = Files.list(deck)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".snapshot")).toList()) {
                    kept.add(new Kept(f, Files.getLastModifiedTime(f).toMillis(), Files.size(f)));
                }
            }
        }
        kept.sort((a, b) -> Long.compare(b.modified(), a.modified()));
        return kept;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The folder of {@code entry}'s snapshots: its file name and a checksum of its absolute path. */
    static Path deckFolder(Path dir, Path entry) {
        Path path = absolute(entry);
        StringBuilder file = new StringBuilder();
        for (char c : path.getFileName().toString().toCharArray()) {
            file.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-') ? c : '_');
        }
        return dir.resolve(file.append('-').append(name(path.toString())).toString());
    }

    /** A file name for {@code text}: its CRC-32C and length (no formatter: this runs in a JVM just started). */
    private static String name(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + bytes.length;
    }

    /**
     * Each file under {@code roots} as {@code path size crc32c:checksum} (or {@code mtime:nanoseconds} when larger
     * than {@link #HASHED_UP_TO}), one per line, sorted by path (a folder lists its files in no set order); and
     * the latest modification time among them (epoch milliseconds).
     */
    record Stamps(String text, long newest) {
    }

    static Stamps stamps(List<Path> roots) throws IOException {
        List<String> lines = new ArrayList<>();
        long[] newest = {Long.MIN_VALUE};
        byte[] buffer = new byte[1 << 16];
        walk(roots, (file, attrs) -> {
            if (lines.size() >= MAX_FILES) {
                throw new IOException("more than " + MAX_FILES + " files under " + roots);
            }
            String stamp = attrs.size() <= HASHED_UP_TO
                    ? "crc32c:" + Long.toHexString(checksum(file, buffer))
                    : "mtime:" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            lines.add(file + "\t" + attrs.size() + "\t" + stamp + "\n");
            newest[0] = Math.max(newest[0], attrs.lastModifiedTime().toMillis());
        });
        Collections.sort(lines);
        return new Stamps(String.join("", lines), newest[0]);
    }

    private static long checksum(Path file, byte[] buffer) throws IOException {
        CRC32C crc = new CRC32C();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private interface Visit {
        void file(Path file, BasicFileAttributes attrs) throws IOException;
    }

    private static void walk(List<Path> roots, Visit visit) throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return Watcher.skips(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile() && !Watcher.ignores(file.getFileName().toString())) {
                        visit.file(file, attrs);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /**
     * This build of Slidejar and the Java running it: the jar's path, size and modification time (for classes in a
     * folder, the newest modification time in it), and Java's version.
     */
    static String build() throws IOException {
        String known = knownBuild;
        if (known == null) {
            knownBuild = known = readBuild();
        }
        return known;
    }

    private static volatile String knownBuild;

    private static String readBuild() throws IOException {
        Path code;
        try {
            code = Path.of(StartSnapshot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("no location for Slidejar's classes", e);
        }
        long size;
        long modified;
        if (Files.isDirectory(code)) {
            size = -1;
            long[] newest = {0};
            walk(List.of(code), (file, attrs) -> newest[0] = Math.max(newest[0], attrs.lastModifiedTime()
                    .to(TimeUnit.NANOSECONDS)));
            modified = newest[0];
        } else {
            size = Files.size(code);
            modified = Files.getLastModifiedTime(code).to(TimeUnit.NANOSECONDS);
        }
        return code + "\t" + size + "\t" + modified + "\t" + System.getProperty("java.vm.version");
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return bytes;
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
