package dev.slidejar.cli;

import dev.slidejar.site.Warmup;
import java.util.Set;

/** The {@code slidejar} command line. */
public final class Main {
    /** Commands that render a deck: the ones whose start a warm-up on the spare core shortens. */
    private static final Set<String> RENDERING = Set.of("dev", "build", "export");

    private Main() {
    }

    public static void main(String[] args) {
        if (renders(args)) {
            Warmup.loadClasses(); // while picocli reads the command line
        }
        System.exit(SlidejarCommand.commandLine().execute(args));
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
