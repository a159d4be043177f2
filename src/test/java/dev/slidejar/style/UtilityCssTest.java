package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole stylesheets: {@code src/test/resources/style/whole/<case>.txt} holds tokens, {@code <case>.css} the full
 * CSS Slidev 53's UnoCSS generates for them ({@code node tools/unocss/generate.mjs < case.txt > case.css});
 * {@code deck-tokens.txt} is every class token of the shared decks.
 */
class UtilityCssTest {
    private static final Path WHOLE = Path.of("src", "test", "resources", "style", "whole");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mixed", "deck-tokens"})
    void wholeStylesheetIsUnoCssByteForByte(String name) throws IOException {
        List<String> tokens = Arrays.stream(Files.readString(WHOLE.resolve(name + ".txt")).split("\\s+"))
                .filter(t -> !t.isEmpty()).toList();
        String expected = Files.readString(WHOLE.resolve(name + ".css"));

        UtilityCss.Result result = UtilityCss.generate(tokens);

        assertThat(result.css() + "\n").isEqualTo(expected);
    }

    @Test
    void unknownTokensAreReportedAndLeaveNoTrace() {
        UtilityCss.Result result = UtilityCss.generate(List.of("flex", "no-such-utility", "-flex", "slidev-icon-btn"));

        assertThat(result.unknown()).containsExactlyInAnyOrder("no-such-utility", "-flex", "slidev-icon-btn");
        assertThat(result.css()).endsWith("/* layer: default */\n.flex{display:flex;}");
    }

    @Test
    void noTokensGiveThePreflightsOnly() {
        String css = UtilityCss.generate(List.of()).css();

        assertThat(css).startsWith("/* layer: preflights */\n*,::before,::after{--un-rotate:0;")
                .doesNotContain("layer: default").hasLineCount(2);
    }

    @Test
    void eachRuleOnceWhateverTheTokenOrder() {
        UtilityCss.Result a = UtilityCss.generate(List.of("mt-2", "m-t-2", "md:p-2", "mt-2", "dark:bg-black"));
        UtilityCss.Result b = UtilityCss.generate(List.of("dark:bg-black", "md:p-2", "m-t-2", "mt-2"));

        assertThat(a.css()).isEqualTo(b.css()).contains(".m-t-2,\n.mt-2{margin-top:0.5rem;}")
                .containsOnlyOnce("margin-top");
    }
}
