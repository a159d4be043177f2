package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The root command line: only the verbs a command line may name are read, and that changes nothing it does. */
class SlidejarCommandTest {
    @Test
    void aCommandLineGetsTheVerbsItMayName() {
        assertThat(SlidejarCommand.verbsFor(new String[] {"build", "slides.md"})).containsExactly("build");
        assertThat(SlidejarCommand.verbsFor(new String[] {"dev", "--port", "3031"})).containsExactly("dev");
        assertThat(SlidejarCommand.verbsFor(new String[] {"export", "--format", "png"})).containsExactly("export");
        assertThat(SlidejarCommand.verbsFor(new String[] {})).isEmpty();
        assertThat(SlidejarCommand.verbsFor(new String[] {"talk.md", "--open"})).isEmpty();
        assertThat(SlidejarCommand.verbsFor(new String[] {"--version"})).isEmpty();
        assertThat(SlidejarCommand.verbsFor(new String[] {"help", "build"})).hasSize(6);
        assertThat(SlidejarCommand.verbsFor(new String[] {"--help"})).hasSize(6);
        assertThat(SlidejarCommand.verbsFor(new String[] {"-v", "build"})).hasSize(6);
    }

    @Test
    void aUsageErrorOfTheRootShowsEveryVerb() {
        String[] args = {"slides.md", "--no-such-flag"};
        CommandLine trimmed = SlidejarCommand.commandLine(args);
        assertThat(trimmed.getSubcommands()).isEmpty();
        StringWriter err = new StringWriter();
        trimmed.setErr(new PrintWriter(err, true));
        assertThat(trimmed.execute(args)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-flag'").contains("Commands:")
                .contains("build").contains("export");

        CommandLine full = SlidejarCommand.commandLine();
        StringWriter fullErr = new StringWriter();
        full.setErr(new PrintWriter(fullErr, true));
        assertThat(full.execute(args)).isEqualTo(2);
        assertThat(err.toString()).isEqualTo(fullErr.toString());
    }

    @Test
    void aVerbsUsageErrorIsItsOwn() {
        String[] args = {"build", "--no-such-flag"};
        CommandLine trimmed = SlidejarCommand.commandLine(args);
        assertThat(trimmed.getSubcommands()).containsOnlyKeys("build");
        StringWriter err = new StringWriter();
        trimmed.setErr(new PrintWriter(err, true));
        assertThat(trimmed.execute(args)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-flag'").contains("Usage: slidejar build");
    }
}
