package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import dev.slidejar.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Play mode (clicks at 0, with the runtime running) looks like Slidev's: the clicks deck, shot at {@code /N} by
 * the oracle's {@code shots.sh} and compared with Slidev 53's own play-mode shots in
 * {@code src/test/resources/decks/clicks/reference-play}.
 */
class PlayModeFidelityTest {
    private static final Pattern MEAN = Pattern.compile("mean ssim: ([0-9.]+)");

    @TempDir
    Path tmp;

    @Test
    void clicksDeckAtClickZeroLooksLikeSlidev() throws IOException, InterruptedException {
        Path oracle = TestDecks.shared().resolve("oracle");
        Path site = tmp.resolve("site");
        SiteBuilder.builder().outDir(site).build().build(Path.of("src/test/resources/decks/clicks/slides.md"));
        Path shots = tmp.resolve("shots");
        run(new ProcessBuilder("bash", oracle.resolve("shots.sh").toString(), site.toString(), "6", shots.toString(),
                "{base}/{n}").redirectErrorStream(true), "--scale 1");
        String out = run(new ProcessBuilder("bash", oracle.resolve("compare.sh").toString(),
                Path.of("src/test/resources/decks/clicks/reference-play").toAbsolutePath().toString(), shots.toString(),
                "--fail-below", "0.95").redirectErrorStream(true), null);
        System.out.println(out);
        Matcher m = MEAN.matcher(out);
        assertThat(m.find()).as("compare output:%n%s", out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("mean ssim").isGreaterThanOrEqualTo(0.97);
    }

    private static String run(ProcessBuilder pb, String shootArgs) throws IOException, InterruptedException {
        if (shootArgs != null) {
            pb.environment().put("SHOOT_ARGS", shootArgs);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("%s%n%s", pb.command(), out).isZero();
        return out;
    }
}
