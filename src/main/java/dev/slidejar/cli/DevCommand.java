package dev.slidejar.cli;

import dev.slidejar.deck.DeckConfig;
import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.serve.DevServer;
import dev.slidejar.serve.DevSession;
import dev.slidejar.site.CacheDir;
import java.io.PrintWriter;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code slidejar dev [ENTRY]} (and {@code slidejar [ENTRY]}): the preview server with live reload. */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = "Serve the deck with live reload: edits show in the open pages at once, slide and click kept.")
final class DevCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntryOption entry;

    @Mixin
    DevOptions options;

    @Override
    public Integer call() throws Exception {
        return run(spec, entry, options);
    }

    /** Runs the server until {@code q}, Ctrl-C or the end of standard input. */
    static int run(CommandSpec spec, EntryOption entry, DevOptions options) throws Exception {
        if (options.port < 0 || options.port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + options.port + ": 0 to 65535");
        }
        if (!List.of("error", "warn", "info", "silent").contains(options.log)) {
            throw new ParameterException(spec.commandLine(), "--log '" + options.log
                    + "': error, warn, info or silent");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean info = options.log.equals("info");
        boolean quiet = options.log.equals("silent");
        DevServer.Snapshots snapshots = CacheDir.of(DevOptions.SNAPSHOTS)
                .map(dir -> new DevServer.Snapshots(dir, !options.force)).orElse(null);
        DevSession started;
        try {
            started = DevSession.start(entry.path(), options.bindAddress(), options.port, options.password(),
                    snapshots, diagnostics -> {
                        if (!quiet) {
                            printIfNeeded(err, diagnostics, options.log.equals("error"));
                        }
                    }, ms -> {
                        if (info) {
                            out.println("updated in " + ms + " ms");
                            out.flush();
                        }
                    });
        } catch (SocketException e) {
            // an address this machine does not have or cannot resolve (--bind), a port it may not use
            throw new DeckException(Diagnostic.error(null, "cannot listen on " + options.bindAddress() + " port "
                    + options.port + ": " + e.getMessage()));
        }
        try (DevSession session = started) {
            DevServer server = session.server();
            if (!quiet) {
                printIfNeeded(err, server.site().diagnostics(), options.log.equals("error"));
            }
            String host = options.bindAddress().equals("0.0.0.0") ? "localhost" : options.bindAddress();
            String base = "http://" + host + ":" + server.port() + "/";
            out.println();
            out.println("  Slidejar  " + DeckConfig.themeName(server.site().deck().headmatter()) + " theme, "
                    + Plural.of(server.site().deck().slides().size(), "slide"));
            out.println();
            out.println("  public slide show   > " + base);
            out.println("  presenter mode      > " + base + "presenter/1/");
            out.println("  slides overview     > " + base + "overview/");
            if (options.remote != null) {
                out.println("  remote control      > listening on every interface"
                        + (options.password() != null ? " (password required to present)" : ""));
            }
            out.println();
            out.println("  shortcuts           > o open in browser, q quit");
            out.println();
            out.flush();
            if (options.open) {
                session.open(base);
            }
            session.awaitQuit(base);
        }
        return 0;
    }

    private static void printIfNeeded(PrintWriter err, List<Diagnostic> diagnostics, boolean errorsOnly) {
        for (Diagnostic d : diagnostics) {
            if (!errorsOnly || d.isError()) {
                err.println(d);
            }
        }
        err.flush();
    }
}
