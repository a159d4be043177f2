package dev.slidejar.serve;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively (the deck's folder, a theme folder) with the JDK's WatchService and calls back
 * after each burst of changes: the entry, {@code src:} imports, {@code public/}, images, layouts and styles all
 * live there. Output folders ({@code dist}) and hidden folders are not watched.
 */
final class Watcher implements AutoCloseable {
    private static final Set<String> SKIPPED = Set.of("dist", "node_modules", "target");

    private final WatchService service;
    private final Thread thread;

    private Watcher(WatchService service, java.util.function.Consumer<java.util.Set<Path>> onChange) {
        this.service = service;
        this.thread = new Thread(() -> loop(onChange), "slidejar-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} gets the files that changed in each burst. */
    static Watcher start(List<Path> roots, java.util.function.Consumer<java.util.Set<Path>> onChange)
            throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        Watcher watcher = new Watcher(service, onChange);
        for (Path root : roots) {
            watcher.register(root);
        }
        watcher.thread.start();
        return watcher;
    }

    private void register(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.startsWith(".") || SKIPPED.contains(name))) {
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
                if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
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
