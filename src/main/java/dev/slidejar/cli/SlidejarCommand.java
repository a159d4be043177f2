package dev.slidejar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code slidejar <verb>}, with Slidev's verbs. */
@Command(name = "slidejar",
        mixinStandardHelpOptions = true,
        versionProvider = SlidejarCommand.Version.class,
        description = {"A Slidev-compatible presentation renderer and static site generator for the JVM.",
                "Without a command: serve ENTRY with live reload (as 'dev')."},
        footer = {"", "Exit status: 0 success, 1 bad deck or failure, 2 usage error."})
public final class SlidejarCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Verbosity verbosity;

    @CommandLine.Mixin
    EntryOption entry;

    @CommandLine.Mixin
    DevOptions dev;

    /** The verbs, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("dev", DevCommand::new);
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("export", ExportCommand::new);
        SUBCOMMANDS.put("new", NewCommand::new);
        SUBCOMMANDS.put("parse", ParseCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** A configured command line with every verb, ready to {@code execute}; tests use it to capture output. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS.keySet());
    }

    /**
     * The command line for running {@code args}: with only the verbs they may name. Picocli reads a command's
     * annotations when it is added, a tenth of a second of a cold JVM for all of them, so {@code slidejar build
     * ...} gets {@code build} alone and {@code slidejar [ENTRY] [OPTIONS]} none; any other command line (help, a
     * verb after an option) gets them all. Parsing is the same either way, and a usage error on the root command
     * shows the root's whole usage.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(verbsFor(args));
    }

    static Set<String> verbsFor(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return Set.of(args[0]);
        }
        for (String arg : args) {
            if (SUBCOMMANDS.containsKey(arg) || arg.equals("-h") || arg.equals("--help")) {
                return SUBCOMMANDS.keySet();
            }
        }
        return Set.of();
    }

    private static CommandLine commandLine(Set<String> verbs) {
        CommandLine cl = new CommandLine(new SlidejarCommand());
        SUBCOMMANDS.forEach((name, command) -> {
            if (verbs.contains(name)) {
                cl.addSubcommand(name, command.get());
            }
        });
        cl.setExecutionExceptionHandler(new ErrorReporter());
        if (verbs.size() < SUBCOMMANDS.size()) {
            CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
            cl.setParameterExceptionHandler((ex, args) -> {
                if (ex.getCommandLine() != cl) {
                    return standard.handleParseException(ex, args);
                }
                PrintWriter err = cl.getErr();
                err.println(cl.getColorScheme().errorText(ex.getMessage()));
                if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                    commandLine().usage(err, cl.getColorScheme());
                }
                return cl.getCommandSpec().exitCodeOnInvalidInput();
            });
        }
        return cl;
    }

    /** {@code slidejar [ENTRY]} is {@code slidejar dev [ENTRY]}, as in Slidev. */
    @Override
    public Integer call() throws Exception {
        return DevCommand.run(spec, entry, dev);
    }

    /** {@code --version}: the version Maven built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = SlidejarCommand.class.getResourceAsStream("/dev/slidejar/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"slidejar " + p.getProperty("version", "unknown")};
        }
    }
}
