package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The measured acceptance of {@code slidejar build}: the seed deck, built, screenshotted in real Chromium by the
 * oracle's {@code fidelity.sh} and compared with Slidev 53's own pixels. Needs the oracle installed
 * ({@code ../shared/oracle/setup.sh}, which {@code .ci/run} runs); takes about a minute.
 */
class SeedFidelityTest {
    private static final Pattern ROW = Pattern.compile("^\\s+(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)", Pattern.MULTILINE);
    private static final Pattern MEANS = Pattern.compile("mean ssim: ([0-9.]+)\\s+mean box: ([0-9.]+)");

    @Test
    void seedDeckLooksLikeSlidev() throws IOException, InterruptedException {
        Path shared = TestDecks.shared();
        Path site = Path.of("target", "fidelity-site").toAbsolutePath();
        SiteBuilder.builder().outDir(site).build().build(shared.resolve("decks/seed/slides.md"));

        Process p = new ProcessBuilder("bash", shared.resolve("oracle/fidelity.sh").toString(), site.toString(), "seed",
                "--fail-below", "0.95").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("fidelity.sh finished").isTrue();
        System.out.println(output.lines().filter(l -> !l.contains("?print=true")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(p.exitValue()).as("fidelity.sh --fail-below 0.95 exit status; output:%n%s", output).isZero();

        List<String> low = new ArrayList<>();
        Matcher rows = ROW.matcher(output);
        int count = 0;
        while (rows.find()) {
            count++;
            if (Double.parseDouble(rows.group(2)) < 0.90) {
                low.add("slide " + rows.group(1) + ": " + rows.group(2));
            }
        }
        assertThat(count).as("slides compared").isEqualTo(32);
        assertThat(low).as("slides under 0.90").isEmpty();
        Matcher means = MEANS.matcher(output);
        assertThat(means.find()).as("the means line").isTrue();
        assertThat(Double.parseDouble(means.group(1))).as("mean ssim").isGreaterThanOrEqualTo(0.97);
        assertThat(Double.parseDouble(means.group(2))).as("mean box").isGreaterThanOrEqualTo(0.93);
    }
}
