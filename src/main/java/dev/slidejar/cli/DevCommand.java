package dev.slidejar.cli;

import dev.slidejar.deck.DeckConfig;
import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.serve.DevServer;
import dev.slidejar.serve.DevSession;
import dev.slidejar.site.CacheDir;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
        Terminal terminal = new Terminal(err, quiet, options.log.equals("error"));
        DevSession started;
        try {
            started = DevSession.start(entry.path(), options.bindAddress(), options.port, options.password(),
                    snapshots, terminal::rebuilt, ms -> {
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
            terminal.rebuilt(server.site().diagnostics());
            String host = options.bindAddress().equals("0.0.0.0") ? "localhost" : options.bindAddress();
            String base = "http://" + host + ":" + server.port() + "/";
            out.println();
            out.println("  Slidejar  " + DeckConfig.themeName(server.site().deck().headmatter()) + " theme, "
                    + Plural.of(server.site().deck().slides().size(), "slide"));
            out.println();
            // as Slidev: the presenter's URLs carry the password, so that no one types it
            String query = options.password() == null ? ""
                    : "?password=" + URLEncoder.encode(options.password(), StandardCharsets.UTF_8);
            out.println("  public slide show   > " + base);
            out.println("  presenter mode      > " + base + "presenter/1/" + query);
            out.println("  slides overview     > " + base + "overview/");
            if (options.remote == null) {
                out.println("  remote control      > pass --remote to enable");
            } else {
                List<String> hosts = options.bindAddress().equals("0.0.0.0") ? networkAddresses()
                        : List.of(options.bindAddress());
                for (String address : hosts) {
                    out.println("  remote control      > http://" + address + ":" + server.port() + "/presenter/1/"
                            + query);
                }
                if (hosts.isEmpty()) {
                    out.println("  remote control      > listening on every interface");
                }
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

    /** This machine's IPv4 addresses other devices may reach it at (not loopback), as Slidev lists them. */
    static List<String> networkAddresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                            found.add(address.getHostAddress());
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // none can be listed: none are printed
        }
        return found;
    }

    /**
     * What the terminal says of each render's problems: every error, and the warnings a render has that the last
     * good one did not (a save would otherwise repeat all the deck's warnings, those of slides not touched too).
     * A render that fails keeps the last good site served, and its warnings as said.
     */
    static final class Terminal {
        private final PrintWriter err;
        private final boolean quiet;
        private final boolean errorsOnly;
        private Set<Diagnostic> warned = Set.of();

        Terminal(PrintWriter err, boolean quiet, boolean errorsOnly) {
            this.err = err;
            this.quiet = quiet;
            this.errorsOnly = errorsOnly;
        }

        synchronized void rebuilt(List<Diagnostic> diagnostics) {
            boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
            for (Diagnostic d : diagnostics) {
                if (!quiet && (d.isError() || !errorsOnly && !warned.contains(d))) {
                    err.println(d);
                }
            }
            err.flush();
            if (!failed) {
                warned = Set.copyOf(diagnostics);
            }
        }
    }
}
