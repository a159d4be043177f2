package dev.slidejar.cli;

import dev.slidejar.serve.StartSnapshot;
import dev.slidejar.site.CacheDir;
import dev.slidejar.site.Warmup;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The {@code slidejar} command line. */
public final class Main {
    /** Commands that render a deck: the ones whose start a warm-up on the spare core shortens. */
    private static final Set<String> RENDERING = Set.of("dev", "build", "export");

    private Main() {
    }

    public static void main(String[] args) {
        // while picocli reads the command line (a third of a second): the deck a dev server will serve is
        // rendered already, or at least the classes every render needs are loaded
        Optional<Path> served = served(args);
        if (served.isPresent()) {
            Path entry = served.get();
            Optional<Path> snapshots = Arrays.asList(args).contains("--force") ? Optional.empty()
                    : CacheDir.of(DevOptions.SNAPSHOTS);
            if (snapshots.isPresent()) {
                // the deck's start snapshot is read meanwhile, and when there is none the prerender starts then (with
                // one the server serves it first and renders once it listens: the core is its meanwhile)
                StartSnapshot.preload(snapshots.get(), entry, () -> Warmup.prerender(entry));
            } else {
                Warmup.prerender(entry);
            }
        } else if (renders(args)) {
            Warmup.loadClasses();
        }
        System.exit(SlidejarCommand.commandLine(args).execute(args));
    }

    /**
     * The deck file {@code slidejar [dev] ...} most likely serves, when it exists: the first argument that ends in
     * {@code .md}, else the first argument when it is no option (a bare {@code talk} is {@code talk.md}, see
     * {@link EntryOption#path()}), else {@code slides.md}. A wrong guess costs only the work: the server renders
     * what picocli finds in the command line.
     */
    static Optional<Path> served(String[] args) {
        if (!renders(args) || (args.length > 0 && RENDERING.contains(args[0]) && !args[0].equals("dev"))) {
            return Optional.empty();
        }
        int first = args.length > 0 && args[0].equals("dev") ? 1 : 0;
        String entry = first < args.length && !args[first].startsWith("-") ? args[first] : "slides.md";
        for (String arg : args) {
            if (!arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".md")) {
                entry = arg;
                break;
            }
        }
        try {
            Path path = EntryOption.resolve(Path.of(entry));
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // picocli reports it
        }
    }

    /** {@code slidejar [ENTRY]}, {@code slidejar dev|build|export ...}, but not help, version, new or parse. */
    static boolean renders(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        if (args.length == 0 || args[0].startsWith("-") || RENDERING.contains(args[0])) {
            return true;
        }
        return !Set.of("new", "parse", "help").contains(args[0]);
    }
}
