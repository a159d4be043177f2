package dev.slidejar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
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
        subcommands = {DevCommand.class, BuildCommand.class, ExportCommand.class, NewCommand.class,
                ParseCommand.class, CommandLine.HelpCommand.class},
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

    /** A configured command line, ready to {@code execute}; tests use it to capture output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SlidejarCommand());
        cl.setExecutionExceptionHandler(new ErrorReporter());
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
