package dev.slidejar.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A slide's {@code <style>} scoped as Vue scopes it: to the slide, and to the elements the slide itself renders. */
class ScopedCssTest {
    private static String scope(String css) {
        return ScopedCss.scope(css, ".slidev-page-3").trim();
    }

    @Test
    void theLastCompoundAsksForTheSlidesAttributeBeforeItsPseudoClasses() {
        assertThat(scope("h1 { color: red }")).isEqualTo(".slidev-page-3 h1[data-slidejar-scoped] { color: red }");
        assertThat(scope(".a > li:nth-child(2)::before, .b:hover { x: 1 }")).isEqualTo(
                ".slidev-page-3 .a > li[data-slidejar-scoped]:nth-child(2)::before, "
                        + ".slidev-page-3 .b[data-slidejar-scoped]:hover { x: 1 }");
        assertThat(scope("a[href^='x y'] { x: 1 }")).isEqualTo(".slidev-page-3 a[href^='x y'][data-slidejar-scoped] { x: 1 }");
    }

    @Test
    void deepMovesTheAttributeBeforeIt() {
        assertThat(scope(".grid :deep(.card) { x: 1 }")).isEqualTo(".slidev-page-3 .grid[data-slidejar-scoped] .card { x: 1 }");
        assertThat(scope(":deep(p) { x: 1 }")).isEqualTo(".slidev-page-3 [data-slidejar-scoped] p { x: 1 }");
    }

    @Test
    void atRulesAreScopedInsideAndKeyframesKept() {
        assertThat(scope("@media (min-width: 1px) { p { x: 1 } } @keyframes k { from { x: 0 } }"))
                .contains("@media (min-width: 1px) {.slidev-page-3 p[data-slidejar-scoped] { x: 1 }")
                .contains("@keyframes k { from { x: 0 } }");
    }
}
