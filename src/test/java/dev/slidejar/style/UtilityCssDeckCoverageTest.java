package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every class token the shared real decks use ({@code ../shared/decks}) gets CSS, except the ones below, for
 * which Slidev's UnoCSS generates nothing either (checked with {@code tools/unocss/generate.mjs --unmatched}).
 */
class UtilityCssDeckCoverageTest {
    /** Tokens that are no UnoCSS utility in Slidev 53: Slidev's UnoCSS generates nothing for them. */
    private static final Set<String> NOT_UTILITIES = Set.of(
            // the decks' own classes, styled by their style.css / <style> blocks
            "box", "center", "chs", "columnz", "lhs", "rhs", "highlight", "enums", "classfile-encoding-sample",
            "whats-a-classfile",
            // Slidev's client CSS class, and the old shortcut name that Slidev 53's uno.config.ts no longer has
            "slidev-icon-btn", "icon-btn",
            // GitHub/Bootstrap classes pasted with a GitHub video embed (alptugan-cod208)
            "d-block", "rounded-bottom-2", "border-top", "width-fit",
            // `primary` is a Slidev shortcut (bg-primary, border-primary), not a theme colour: no /opacity forms
            "bg-primary/10", "bg-primary/15", "bg-primary/20", "bg-primary/25", "bg-primary/30",
            "border-primary/20", "border-primary/30", "border-primary/40", "border-primary/50", "border-primary/60",
            // attributify m="-t-2" reads as m--t-2, which no rule takes
            "m--t-2",
            // a stray colon in `class: 'text-center pb-5 :'` (slidev-composable-vue)
            ":");

    /**
     * preset-icons utilities: Slidev's UnoCSS does generate them (mask images from Iconify data), but icons are
     * the icon stage's job, not UtilityCss's.
     */
    private static final Set<String> ICONS = Set.of("i-carbon-favorite-filled", "i-logos-nuxt-icon", "i-logos-unocss",
            "i-logos-vitejs", "i-logos-vitest", "i-logos-vue", "i-logos-vueuse", "i-ri-github-line",
            "i-ri-twitter-line", "i-ri-user-3-line");

    private static Set<String> tokens;
    private static UtilityCss.Result result;

    @BeforeAll
    static void generate() throws IOException {
        Path decks = TestDecks.shared().resolve("decks");
        tokens = new TreeSet<>();
        for (Path file : DeckClassTokens.markdownFiles(decks)) {
            tokens.addAll(DeckClassTokens.of(Files.readString(file)));
        }
        result = UtilityCss.generate(tokens);
    }

    @Test
    void everyDeckTokenThatIsAUtilityGetsCss() {
        Set<String> unexpected = new TreeSet<>(result.unknown());
        unexpected.removeAll(NOT_UTILITIES);
        unexpected.removeAll(ICONS);

        assertThat(tokens).hasSizeGreaterThan(250);
        assertThat(unexpected).as("deck tokens without CSS").isEmpty();
    }

    @Test
    void theAllowListsHoldOnlyTokensTheDecksUseAndThatGetNoCss() {
        assertThat(tokens).containsAll(NOT_UTILITIES).containsAll(ICONS);
        assertThat(result.unknown()).containsAll(NOT_UTILITIES).containsAll(ICONS);
    }

    @Test
    void sampledDeckTokensComeOutAsUnoCssWritesThem() {
        assertThat(result.css())
                .contains(".\\!all\\:leading-12 *{line-height:3rem !important;}\n")
                .contains(".m-auto,\n.ma{margin:auto;}\n")
                .contains(".dark .dark\\:invert-93{--un-invert:invert(0.93);")
                .contains(".hover\\:bg-op-10:hover{--un-bg-opacity:0.1;}\n");
    }
}
