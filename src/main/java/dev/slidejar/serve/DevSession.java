package dev.slidejar.serve;

import dev.slidejar.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A running preview: the server, the watcher that rebuilds on every save, the terminal's single-key shortcuts
 * ({@code o} open, {@code q} quit) and a shutdown hook, so that Ctrl-C leaves nothing running.
 */
public final class DevSession implements AutoCloseable {
    private final DevServer server;
    private final Watcher watcher;
    private final CountDownLatch quit = new CountDownLatch(1);
    private final Thread hook;
    private String savedTty;

    private DevSession(DevServer server, Watcher watcher) {
        this.server = server;
        this.watcher = watcher;
        this.hook = new Thread(this::closeQuietly, "slidejar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts serving {@code entry} and watching its folder (and a theme folder it names), with start snapshots
     * in {@code snapshots} (or none when null); {@code diagnostics}
     * hears of every rebuild's problems, {@code rebuilt} of every good rebuild's time in milliseconds.
     */
    public static DevSession start(Path entry, String bind, int port, String password,
            DevServer.Snapshots snapshots, Consumer<List<Diagnostic>> diagnostics, LongConsumer rebuilt)
            throws IOException {
        DevServer server = DevServer.start(entry, bind, port, password, snapshots);
        // the deck's folders as the last good render found them
        Watcher watcher = Watcher.start(() -> Watcher.roots(entry, server.site().deck()), changed -> {
            long t0 = System.nanoTime();
            List<Diagnostic> found = server.rebuild(changed);
            diagnostics.accept(found);
            if (found.stream().noneMatch(Diagnostic::isError)) {
                rebuilt.accept((System.nanoTime() - t0) / 1_000_000);
            }
        });
        return new DevSession(server, watcher);
    }

    public DevServer server() {
        return server;
    }

    /** Opens {@code url} in the desktop's browser, when there is one. */
    public void open(String url) {
        for (String opener : List.of("xdg-open", "open", "sensible-browser")) {
            try {
                new ProcessBuilder(opener, url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return;
            } catch (IOException e) {
                // try the next one
            }
        }
    }

    /**
     * Blocks until {@code q} is typed on the terminal, or the process is stopped (Ctrl-C, SIGTERM). Without a
     * terminal (a CI job, a test harness) only a stop ends it: closed standard input is no reason to quit.
     */
    public void awaitQuit(String url) throws InterruptedException {
        if (System.console() != null) {
            Thread keys = new Thread(() -> readKeys(url), "slidejar-keys");
            keys.setDaemon(true);
            keys.start();
        }
        quit.await();
    }

    private void readKeys(String url) {
        rawTerminal(true);
        try {
            InputStream in = System.in;
            int c;
            while ((c = in.read()) >= 0) {
                if (c == 'q' || c == 3) {
                    break;
                }
                if (c == 'o') {
                    open(url);
                }
            }
        } catch (IOException e) {
            // no terminal
        } finally {
            rawTerminal(false);
            quit.countDown();
        }
    }

    /** Single keys without Enter on a terminal ({@code stty}); nothing when there is no terminal. */
    private void rawTerminal(boolean raw) {
        if (System.console() == null) {
            return;
        }
        try {
            if (raw) {
                Process p = new ProcessBuilder("sh", "-c", "stty -g < /dev/tty").start();
                savedTty = new String(p.getInputStream().readAllBytes()).strip();
                new ProcessBuilder("sh", "-c", "stty -icanon -echo min 1 < /dev/tty").start().waitFor();
            } else if (savedTty != null) {
                new ProcessBuilder("sh", "-c", "stty " + savedTty + " < /dev/tty").start().waitFor();
                savedTty = null;
            }
        } catch (IOException e) {
            // no stty: keys then need Enter
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        rawTerminal(false);
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        server.close();
        quit.countDown();
    }

    @Override
    public void close() {
        closeQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }
}
