package dev.slidejar.cli;

import dev.slidejar.serve.DevSession;
import dev.slidejar.serve.StartSnapshot;
import dev.slidejar.site.Warmup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of the {@code slidejar} launcher's class-data archive ({@code java
 * -XX:DumpLoadedClassList=... -cp slidejar.jar dev.slidejar.cli.Train ENTRY OUT}, whose list of classes
 * {@code -Xshare:dump} then archives): builds {@code ENTRY} into
 * {@code OUT} through the command line, then does what an export does besides driving Chromium
 * ({@link dev.slidejar.export.Exporter#train}), then starts the dev server on it and loads a slide page with its
 * assets, so that the classes of these commands are in the archive and the next starts map them instead of
 * parsing them.
 */
public final class Train {
    private Train() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Train ENTRY OUT");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1])));
    }

    /** Builds {@code entry} into {@code out} and serves it once; returns the build's exit status. */
    static int run(Path entry, Path out) throws IOException {
        int status = SlidejarCommand.commandLine().execute("build", entry.toString(), "--out", out.toString());
        if (status != 0) {
            return status;
        }
        // an export's own work besides the browser's (PDFBox above all), without a browser
        dev.slidejar.export.Exporter.train(entry, out.resolve("export"));
        SlidejarCommand.commandLine().parseArgs("dev", entry.toString(), "--port", "0", "--log", "warn");
        Warmup.prerender(entry);
        try (DevSession session = DevSession.start(entry, "127.0.0.1", 0, null, null, found -> { }, ms -> { })) {
            String base = "http://127.0.0.1:" + session.server().port() + "/";
            for (String path : List.of("1/", "assets/style.css", "assets/slidejar.js", "__slidejar/dev.js")) {
                try (InputStream in = new URL(base + path).openStream()) {
                    in.readAllBytes();
                }
            }
            // a start with a snapshot: saved, found and read
            Path snapshots = out.resolve("snapshots");
            StartSnapshot.save(snapshots, entry, List.of(entry.toAbsolutePath().getParent()), session.server().site(),
                    Long.MAX_VALUE);
            if (StartSnapshot.exists(snapshots, entry)) {
                StartSnapshot.load(snapshots, entry).orElseThrow().read("1/index.html");
            }
        }
        return 0;
    }
}
