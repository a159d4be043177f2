package dev.slidejar.serve;

import dev.slidejar.deck.Deck;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches folders recursively (the deck's folder, a theme folder) with the JDK's WatchService and calls back
 * after each burst of changes: the entry, {@code src:} imports, {@code public/}, images, layouts and styles all
 * live there. Output folders ({@code dist}) and hidden folders are not watched.
 */
final class Watcher implements AutoCloseable {
    private static final Set<String> SKIPPED = Set.of("dist", "node_modules", "target");

    private final WatchService service;
    private final Thread thread;
    private final Supplier<List<Path>> roots;
    /** The roots watched so far (only the watcher's thread adds to it once it runs). */
    private final Set<Path> watched = new java.util.HashSet<>();

    private Watcher(WatchService service, Supplier<List<Path>> roots,
            java.util.function.Consumer<java.util.Set<Path>> onChange) {
        this.service = service;
        this.roots = roots;
        this.thread = new Thread(() -> loop(onChange), "slidejar-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching the folders {@code roots} gives, and after each burst of changes the ones it gives then too (a
     * {@code src:} import from another folder added meanwhile); {@code onChange} gets the files that changed in
     * each burst.
     */
    static Watcher start(Supplier<List<Path>> roots, java.util.function.Consumer<java.util.Set<Path>> onChange)
            throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        Watcher watcher = new Watcher(service, roots, onChange);
        watcher.watchNewRoots();
        watcher.thread.start();
        return watcher;
    }

    /** Registers the roots not watched yet. */
    private void watchNewRoots() throws IOException {
        for (Path root : roots.get()) {
            if (watched.stream().noneMatch(root::startsWith)) {
                register(root);
                watched.add(root);
            }
        }
    }

    /**
     * The folders a deck's files live in: the entry's, those of {@code src:} imports outside it
     * ({@code ../shared/intro.md}) and a local theme folder outside it.
     */
    static List<Path> roots(Path entry, Deck deck) {
        Path root = entry.toAbsolutePath().normalize().getParent();
        List<Path> roots = new ArrayList<>(List.of(root));
        for (var slide : deck.slides()) {
            Path dir = slide.source().file().path().toAbsolutePath().normalize().getParent();
            if (!dir.startsWith(root) && roots.stream().noneMatch(dir::startsWith)) {
                roots.add(dir);
            }
        }
        Object theme = deck.headmatter().get("theme");
        if (theme instanceof String t && (t.startsWith("./") || t.startsWith("../") || t.startsWith("/"))) {
            Path dir = root.resolve(t).normalize();
            if (Files.isDirectory(dir) && !dir.startsWith(root)) {
                roots.add(dir);
            }
        }
        return roots;
    }

    /** Whether the folder {@code dir} under {@code root} is left out: hidden, or output and dependencies. */
    static boolean skips(Path root, Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return !dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name));
    }

    /** Whether a change of the file {@code name} is no change of the deck: hidden files, editors' backups. */
    static boolean ignores(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp");
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (skips(root, dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop(java.util.function.Consumer<java.util.Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                java.util.Set<Path> changed = new java.util.HashSet<>();
                drain(key, changed);
                // a save is often several events (truncate, write, rename): take what comes right after it too
                WatchKey more;
                while ((more = service.poll(3, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                    try {
                        watchNewRoots();
                    } catch (IOException e) {
                        // a folder that vanished: its files are not watched
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void drain(WatchKey key, java.util.Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                String file = name.toString();
                if (ignores(file)) {
                    continue;
                }
                Path full = dir.resolve(name);
                changed.add(full);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    try {
                        register(full);
                    } catch (IOException e) {
                        // a folder that vanished again
                    }
                }
            } else {
                changed.add(dir); // overflow: something changed here
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
