package dev.slidejar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slidejar dev} as a process: it prints its URLs, serves, and a stop (SIGTERM, as Ctrl-C) ends it whole. */
class DevProcessTest {
    private static final Pattern URL = Pattern.compile("public slide show\\s+> http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path tmp;

    @Test
    void stoppingTheServerLeavesNothingRunning() throws Exception {
        Files.writeString(tmp.resolve("slides.md"), "# One\n\n---\n\n# Two\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.slidejar.cli.Main",
                "dev", tmp.resolve("slides.md").toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            int port = port(p);
            try (Socket s = new Socket("127.0.0.1", port)) {
                assertThat(s.isConnected()).isTrue();
            }
            p.destroy(); // SIGTERM, what Ctrl-C's SIGINT also leads to: the shutdown hook closes everything
            assertThat(p.waitFor(15, TimeUnit.SECONDS)).as("the server process ended").isTrue();
            assertThat(p.descendants().count()).as("no child left").isZero();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("the port is free again")
                    .isInstanceOf(IOException.class);
        } finally {
            p.destroyForcibly();
        }
    }

    private static int port(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 30_000;
        for (String line; System.currentTimeMillis() < deadline && (line = out.readLine()) != null; ) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server printed no URL");
    }
}
