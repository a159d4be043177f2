package dev.slidejar.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the system's Chromium: as one process, else, when it will not run so, as several. */
class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void aBrowserThatWillNotRunAsOneProcessIsStartedAsSeveral() throws Exception {
        Path real = Chromium.find(System.getenv("PATH")).orElseThrow(() -> new AssertionError("no Chromium on PATH"));
        // the real browser behind a script that exits at once when asked to run as one process
        Path picky = script("picky", "for a in \"$@\"; do [ \"$a\" = --single-process ] && exit 3; done\n"
                + "exec '" + real + "' \"$@\"\n");
        try (Chromium chromium = Chromium.launch(picky, dir.resolve("work"))) {
            assertThat(chromium.version()).contains("Chrome");
            assertThat(chromium.cdp().send(null, "Target.getTargets", null, java.time.Duration.ofSeconds(10))
                    .path("targetInfos").isArray()).isTrue();
        }
    }

    @Test
    void aBrowserThatDoesNotStartAtAllSaysSo() throws IOException {
        Path broken = script("broken", "echo 'cannot open display' >&2\nexit 3\n");
        assertThatThrownBy(() -> Chromium.launch(broken, dir.resolve("work"))).isInstanceOf(IOException.class)
                .hasMessageContaining("exited at start (status 3)").hasMessageContaining("cannot open display");
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
