package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slidejar dev}'s flags that cannot work are told as such: a usage error, or what the system said; what
 * the terminal says of each render.
 */
class DevCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortOrLogLevelOutOfRangeIsAUsageError() throws IOException {
        Path deck = Files.writeString(dir.resolve("slides.md"), "# One\n");
        for (String verb : new String[] {"dev", null}) {
            ParseCommandTest.Run port = verb == null ? ParseCommandTest.run(deck.toString(), "--port", "99999")
                    : ParseCommandTest.run(verb, deck.toString(), "--port", "99999");
            assertThat(port.status()).isEqualTo(2);
            assertThat(port.err()).startsWith("--port 99999: 0 to 65535").doesNotContain("internal error");
        }
        ParseCommandTest.Run log = ParseCommandTest.run("dev", deck.toString(), "--log", "loud");
        assertThat(log.status()).isEqualTo(2);
        assertThat(log.err()).startsWith("--log 'loud': error, warn, info or silent");
    }

    @Test
    void anAddressToListenOnThatIsNotThisMachinesIsAnError() throws IOException {
        Path deck = Files.writeString(dir.resolve("slides.md"), "# One\n");
        ParseCommandTest.Run unresolved = ParseCommandTest.run("dev", deck.toString(), "--bind",
                "no-such-host.invalid");
        assertThat(unresolved.status()).isEqualTo(1);
        assertThat(unresolved.err()).startsWith("error: cannot listen on no-such-host.invalid port 3030: ")
                .doesNotContain("internal error");
        // TEST-NET-1 (RFC 5737): no machine has it
        ParseCommandTest.Run foreign = ParseCommandTest.run("dev", deck.toString(), "--bind", "192.0.2.1",
                "--port", "0");
        assertThat(foreign.status()).isEqualTo(1);
        assertThat(foreign.err()).startsWith("error: cannot listen on 192.0.2.1 port 0: ")
                .doesNotContain("internal error");
    }

    @Test
    void aSaveShowsTheWarningsItAddsAndEveryError() {
        StringWriter said = new StringWriter();
        DevCommand.Terminal terminal = new DevCommand.Terminal(new PrintWriter(said), false, false);
        Diagnostic one = Diagnostic.warning(new SourcePos(Path.of("slides.md"), 3, 0), "missing file './a.png'");
        Diagnostic two = Diagnostic.warning(new SourcePos(Path.of("slides.md"), 9, 0), "missing file './b.png'");
        Diagnostic broken = Diagnostic.error(new SourcePos(Path.of("slides.md"), 5, 1), "invalid YAML");
        terminal.rebuilt(List.of(one)); // the start
        terminal.rebuilt(List.of(one)); // a save elsewhere
        terminal.rebuilt(List.of(one, two));
        terminal.rebuilt(List.of(broken)); // the last good site still served, its warnings stand
        terminal.rebuilt(List.of(broken));
        terminal.rebuilt(List.of(one, two));
        terminal.rebuilt(List.of(two)); // one fixed
        terminal.rebuilt(List.of(one, two)); // and back
        assertThat(said.toString().lines()).containsExactly(one.toString(), two.toString(), broken.toString(),
                broken.toString(), one.toString());
    }

    @Test
    void logErrorShowsErrorsOnlyAndSilentNothing() {
        Diagnostic warning = Diagnostic.warning(new SourcePos(Path.of("slides.md"), 3, 0), "missing file './a.png'");
        Diagnostic broken = Diagnostic.error(new SourcePos(Path.of("slides.md"), 5, 1), "invalid YAML");
        StringWriter errors = new StringWriter();
        new DevCommand.Terminal(new PrintWriter(errors), false, true).rebuilt(List.of(warning, broken));
        assertThat(errors.toString().lines()).containsExactly(broken.toString());
        StringWriter silent = new StringWriter();
        new DevCommand.Terminal(new PrintWriter(silent), true, false).rebuilt(List.of(warning, broken));
        assertThat(silent.toString()).isEmpty();
    }

    @Test
    void theTerminalListsThePresentersUrlsWithThePasswordOnlyWithRemote() throws Exception {
        Files.writeString(dir.resolve("slides.md"), "# One\n");
        assertThat(urls("--remote", "s3cret")).contains("  presenter mode      > http://localhost:PORT/presenter/1/"
                + "?password=s3cret").containsAll(DevCommand.networkAddresses().stream()
                .map(a -> "  remote control      > http://" + a + ":PORT/presenter/1/?password=s3cret").toList());
        assertThat(urls()).contains("  presenter mode      > http://127.0.0.1:PORT/presenter/1/",
                "  remote control      > pass --remote to enable");
    }

    /** The URL lines {@code slidejar dev} prints with {@code args}, its port as PORT. */
    private List<String> urls(String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "dev.slidejar.cli.Main", "dev", dir.resolve("slides.md").toString(), "--port", "0"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String port = null;
            for (String line; (line = out.readLine()) != null && !line.contains("shortcuts"); ) {
                var m = Pattern.compile("public slide show\\s+> http://[^:]+:(\\d+)/").matcher(line);
                if (m.find()) {
                    port = m.group(1);
                }
                lines.add(line);
            }
            String found = port;
            assertThat(found).as("the URLs: %s", lines).isNotNull();
            return lines.stream().map(l -> l.replace(":" + found + "/", ":PORT/")).toList();
        } finally {
            p.destroy();
            p.waitFor(15, TimeUnit.SECONDS);
        }
    }
}
