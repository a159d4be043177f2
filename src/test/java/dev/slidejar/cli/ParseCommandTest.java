package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit status, standard output, standard error. */
class ParseCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = SlidejarCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void jsonIsExactlyTheSeedModel() throws IOException {
        Path seed = TestDecks.shared().resolve("decks/seed");
        Run r = run("parse", "--json", seed.resolve("slides.md").toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(seed.resolve("parse.json"), StandardCharsets.UTF_8));
    }

    @Test
    void tableListsEverySlide() throws IOException {
        Path seed = TestDecks.shared().resolve("decks/seed");
        Run r = run("parse", seed.resolve("slides.md").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("   1  slides.md:1-50", "cover", "Deep learning in microscopy")
                .contains("   2  slides.md:51-59", "Table of contents").endsWith("32 slides\n");
    }

    @Test
    void entryDefaultsToSlidesMd() {
        Run r = run("parse", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("ENTRY").contains("default: slides.md").contains("--json");
    }

    @Test
    void brokenYamlGivesFileLineColumnAndStatus1() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "---\ntheme: seriph\nlayout: [cover\n---\n\n# Hi\n");
        Run r = run("parse", deck.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).containsPattern("slides\\.md:\\d+:\\d+: error: invalid YAML")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingEntryIsStatus1WithoutStackTrace() {
        Run r = run("parse", dir.resolve("missing.md").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("error:").contains("missing.md': no such file").doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Run r = run("parse", "-v", dir.resolve("missing.md").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("no such file").contains("DeckException").contains("\tat ");
    }

    @Test
    void usageErrorsAreStatus2() {
        assertThat(run("parse", "--no-such-flag").status()).isEqualTo(2);
        Run unknown = run("no-such-verb");
        assertThat(unknown.status()).as("a word that is no command is an entry file, as in Slidev").isEqualTo(1);
        assertThat(unknown.err()).as("and, as Slidev, with .md").contains("no-such-verb.md': no such file");
        assertThat(run("parse", "a.md", "b.md").status()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertThat(v.status()).isZero();
        assertThat(v.out()).matches("slidejar \\d+\\.\\d+\\.\\d+.*\\n");
        Run h = run("--help");
        assertThat(h.status()).isZero();
        assertThat(h.out()).contains("parse").contains("Usage: slidejar");
    }

    @Test
    void warningsDoNotFailTheCommand() throws IOException {
        Path deck = dir.resolve("slides.md");
        Files.writeString(deck, "---\nlayout: cover\nlayout: center\n---\n\n# Hi\n");
        Run r = run("parse", deck.toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("warning: Map keys must be unique");
        assertThat(r.out()).contains("center");
    }
}
