package dev.slidejar.export.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The system's Chromium, started headless with a fresh profile in a folder of ours and driven over the DevTools
 * protocol. Nothing is downloaded: the browser is found on {@code PATH} or named by {@code --executable-path}.
 */
public final class Chromium implements AutoCloseable {
    /**
     * The names tried on {@code PATH}, in order: the headless shells first (Chromium's engine without the
     * browser's window and profile layers, the one Playwright runs headless: on the seed deck a PDF export takes
     * about three quarters of the time it takes with the whole browser), then the browsers.
     */
    public static final List<String> NAMES = List.of("chromium-headless-shell", "chrome-headless-shell", "chromium",
            "chromium-browser", "google-chrome", "google-chrome-stable");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final CdpClient cdp;
    private final Path log;
    private volatile boolean closed;
    private String version = "";

    private Chromium(Process process, CdpClient cdp, Path log) {
        this.process = process;
        this.cdp = cdp;
        this.log = log;
    }

    /** The first of {@link #NAMES} that is an executable file in one of {@code path}'s folders. */
    public static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts {@code executable} headless, with its profile and log under {@code workDir}, and connects to it over
     * {@code --remote-debugging-pipe=cbor} (binary messages: see {@link CdpClient}). The browser reads that pipe from
     * its file descriptor 3 and writes to 4, which a Java process cannot hand a child directly: a shell puts our ends
     * of its standard input and output there, then sends the browser's own output to the log. Glyphs are hinted
     * "slight": what the whole browser draws here whatever the flag says (as Slidev's screenshots show), and what makes
     * the headless shell, which follows the flag, draw the same pixels. The browser runs as one process
     * ({@code --single-process}, and {@code --no-zygote}, which that needs on Linux): pages, network and drawing are
     * threads of it, so the bytes of each picture are not passed from process to process through shared memory on their
     * way from the server to the decoder and into the PDF (the seed's first PDF export: a fifth less CPU time; 4.9 to
     * 4.25 s with the headless shell, 7.1 to 6.2 s with Debian's chromium, four alternating runs each). The flag is one
     * Chromium keeps for debugging: a browser that exits at once with it is started again without it, as several
     * processes. Pages open {@code --incognito}: what they load is cached in memory, not in the profile's disk cache
     * (the print page's 9 MB of pictures, fetched a second time by the image shrinking, were written to it; the
     * headless shell now writes no file at all): 0.1 s less of a first export, 0.18 s less CPU (five alternating runs).
     */
    public static Chromium launch(Path executable, Path workDir) throws IOException {
        return launch(executable, workDir, process -> { });
    }

    /** {@link #launch(Path, Path)}, telling {@code started} the browser's process as soon as there is one. */
    public static Chromium launch(Path executable, Path workDir, java.util.function.Consumer<Process> started)
            throws IOException {
        try {
            return launch(executable, workDir, started, true);
        } catch (ExitedAtStart e) {
            return launch(executable, workDir, started, false);
        }
    }

    /** Chromium ended before it answered: it may not take one of the flags it was given. */
    private static final class ExitedAtStart extends IOException {
        ExitedAtStart(String message) {
            super(message);
        }
    }

    private static Chromium launch(Path executable, Path workDir, java.util.function.Consumer<Process> started,
            boolean oneProcess) throws IOException {
        Path profile = Files.createDirectories(workDir.resolve("profile"));
        Path log = workDir.resolve("chromium.log");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c",
                "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>\"$SLIDEJAR_CHROMIUM_LOG\" 2>&1",
                executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--mute-audio", "--incognito", "--font-render-hinting=slight", "--disable-site-isolation-trials",
                "--disable-features=IsolateOrigins,site-per-process", "--user-data-dir=" + profile);
        if (oneProcess) {
            builder.command().addAll(List.of("--single-process", "--no-zygote"));
        }
        builder.command().addAll(List.of("--remote-debugging-pipe=cbor", "about:blank"));
        builder.environment().put("SLIDEJAR_CHROMIUM_LOG", log.toString());
        Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.accept(process);
        Chromium chromium = new Chromium(process, CdpClient.over(process.getOutputStream(), process.getInputStream()),
                log);
        try {
            // the first answer says the browser is up; a browser that cannot start ends the pipe instead
            chromium.version = chromium.cdp.send(null, "Browser.getVersion", null, START_TIMEOUT).path("product")
                    .asText();
            return chromium;
        } catch (CdpClient.CdpException e) {
            boolean exited = exited(process);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            if (exited) {
                throw new ExitedAtStart("Chromium exited at start (status " + process.exitValue() + ")" + tail(log));
            }
            throw new IOException((e.timedOut() ? "Chromium did not answer in " + START_TIMEOUT.toSeconds() + " s"
                    : e.getMessage()) + tail(log));
        }
    }

    /** Whether {@code process} has ended, or does within a second. */
    private static boolean exited(Process process) {
        try {
            return process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What the browser calls itself: {@code HeadlessChrome/156.0.8078.108}. */
    public String version() {
        return version;
    }

    public CdpClient cdp() {
        return cdp;
    }

    /** The last lines Chromium printed, for error messages. */
    public String logTail() {
        return tail(log);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> last = lines.subList(Math.max(0, lines.size() - 5), lines.size());
            return last.isEmpty() ? "" : ":\n  " + String.join("\n  ", last);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            cdp.send(null, "Browser.close", null, Duration.ofSeconds(5));
        } catch (CdpClient.CdpException e) {
            // it may be gone already; stop() below makes sure
        }
        cdp.close();
        stop(process);
    }

    /**
     * Ends a browser's {@code process} at once, for a JVM that is shutting down (Ctrl-C): it and its children are
     * killed and waited for (two seconds at most: a busy machine takes a while to tear a browser down), so that its
     * profile folder can be deleted after.
     */
    public static void kill(Process process) {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline && all.stream().anyMatch(Chromium::running)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Alive and not a zombie: a process that has ended but is not yet reaped by its parent counts as gone. */
    private static boolean running(ProcessHandle p) {
        if (!p.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return !Files.isDirectory(Path.of("/proc")) && p.isAlive(); // no /proc: as the JDK sees it
        }
    }

    private static void stop(Process process) {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
