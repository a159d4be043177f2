package dev.slidejar.export.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
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
    /** The names tried on {@code PATH}, in order. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final CdpClient cdp;
    private final Path log;
    private volatile boolean closed;

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

    /** Starts {@code executable} headless, with its profile and log under {@code workDir}, and connects to it. */
    public static Chromium launch(Path executable, Path workDir) throws IOException {
        Path profile = Files.createDirectories(workDir.resolve("profile"));
        Path log = workDir.resolve("chromium.log");
        Process process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--mute-audio", "--font-render-hinting=none", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI endpoint = endpoint(process, profile.resolve("DevToolsActivePort"), log);
            return new Chromium(process, CdpClient.connect(endpoint, START_TIMEOUT), log);
        } catch (IOException | RuntimeException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        }
    }

    public CdpClient cdp() {
        return cdp;
    }

    /** The last lines Chromium printed, for error messages. */
    public String logTail() {
        return tail(log);
    }

    /** Waits for Chromium to write its DevTools port (it picks a free one: {@code --remote-debugging-port=0}). */
    private static URI endpoint(Process process, Path portFile, Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited at start (status " + process.exitValue() + ")" + tail(log));
            }
            if (Files.isRegularFile(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting Chromium", e);
            }
        }
        throw new IOException("Chromium did not open its DevTools port in " + START_TIMEOUT.toSeconds() + " s"
                + tail(log));
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
    public void close() {
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
