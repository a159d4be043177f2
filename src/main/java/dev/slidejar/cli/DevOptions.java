package dev.slidejar.cli;

import picocli.CommandLine.Option;

/** The preview server's flags, as Slidev's: {@code --port --open --remote [password] --bind --log --force}. */
public final class DevOptions {
    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030",
            description = "Port (default: ${DEFAULT-VALUE}; the next free one when it is taken).")
    int port;

    @Option(names = {"-o", "--open"}, description = "Open the slides in the browser.")
    boolean open;

    @Option(names = "--remote", arity = "0..1", paramLabel = "PASSWORD", fallbackValue = "",
            description = "Listen on every network interface, for other devices; with a PASSWORD only a presenter "
                    + "who gives it can move the slides.")
    String remote;

    @Option(names = "--bind", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1; "
            + "0.0.0.0 with --remote).")
    String bind;

    @Option(names = "--log", paramLabel = "LEVEL", defaultValue = "warn",
            description = "error, warn, info or silent (default: ${DEFAULT-VALUE}).")
    String log;

    /** The folder of start snapshots in Slidejar's cache ({@link dev.slidejar.site.CacheDir}). */
    static final String SNAPSHOTS = "dev";

    @Option(names = "--force", description = "Render the deck before serving it: no start snapshot of an earlier "
            + "run is served meanwhile (the snapshots are kept in ~/.cache/slidejar/dev).")
    boolean force;

    String bindAddress() {
        if (bind != null) {
            return bind;
        }
        return remote != null ? "0.0.0.0" : "127.0.0.1";
    }

    String password() {
        return remote == null || remote.isEmpty() ? null : remote;
    }
}
