package dev.slidejar.site;

import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a built site into its output folder all at once: everything goes to a fresh folder beside it, which
 * then replaces the old one by renaming. A failed build leaves the previous output untouched, and so does a build
 * whose JVM is ended meanwhile (Ctrl-C, a kill): a shutdown hook deletes the fresh folder, or waits for the renaming
 * to be done.
 */
public final class SiteWriter {
    /** One file of the site: bytes, a file to copy, or a bundled resource. */
    public sealed interface Content permits Bytes, Copy, Resource {
    }

    public record Bytes(byte[] data) implements Content {
    }

    public record Copy(Path source) implements Content {
    }

    public record Resource(String name) implements Content {
    }

    private SiteWriter() {
    }

    /** Writes {@code files} (site path → content) and {@code directories} (site path → folder to copy whole). */
    static void write(Path out, Map<String, Content> files, Map<String, Path> directories) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = parent.resolve("." + target.getFileName() + ".building-" + UUID.randomUUID());
        Object renaming = new Object();
        java.util.concurrent.atomic.AtomicBoolean ending = new java.util.concurrent.atomic.AtomicBoolean();
        Thread cleanup = new Thread(() -> {
            ending.set(true); // the writing stops at its next file
            synchronized (renaming) {
                for (int i = 0; i < 10 && Files.exists(staging); i++) {
                    deleteQuietly(staging);
                    if (Files.exists(staging)) {
                        try {
                            Thread.sleep(20); // a file was being written into it meanwhile
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }
        }, "slidejar-build-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Files.createDirectories(parent);
            Files.createDirectories(staging);
            for (Map.Entry<String, Path> dir : directories.entrySet()) {
                copyTree(dir.getValue(), staging.resolve(dir.getKey()));
            }
            for (Map.Entry<String, Content> file : files.entrySet()) {
                if (ending.get()) {
                    throw new IOException("the build was stopped");
                }
                Path dest = staging.resolve(file.getKey()).normalize();
                if (!dest.startsWith(staging)) {
                    throw new IllegalArgumentException("site path escapes the output folder: " + file.getKey());
                }
                Files.createDirectories(dest.getParent());
                writeOne(file.getValue(), dest);
            }
            synchronized (renaming) {
                swap(staging, target);
            }
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(staging);
            throw new DeckException(Diagnostic.cannotWrite(out,
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs anyway
            }
        }
    }

    private static void writeOne(Content content, Path dest) throws IOException {
        if (content instanceof Bytes b) {
            Files.write(dest, b.data());
        } else if (content instanceof Copy c) {
            Files.copy(c.source(), dest, StandardCopyOption.REPLACE_EXISTING);
        } else if (content instanceof Resource r) {
            try (InputStream in = SiteWriter.class.getResourceAsStream(r.name())) {
                if (in == null) {
                    throw new IOException("missing bundled resource " + r.name());
                }
                Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: a leftover hidden folder is harmless
        }
    }
}
