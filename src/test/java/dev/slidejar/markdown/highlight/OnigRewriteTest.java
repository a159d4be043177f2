package dev.slidejar.markdown.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnigRewriteTest {
    @Test
    void liftsNestedAlternativesOfDifferentLengthsOutOfALookBehind() {
        assertThat(OnigRewrite.rewrite("(?<=(?:^|[^$._[:alnum:]])import)(?!\\s*[\"'])"))
                .isEqualTo("(?<=^import|[^$._[:alnum:]]import)(?!\\s*[\"'])");
        assertThat(OnigRewrite.rewrite("(?<=(?:\\W|^)for ?\\()")).isEqualTo("(?<=\\Wfor \\(|\\Wfor\\(|^for \\(|^for\\()");
    }

    @Test
    void aLookBehindWithoutAlternativesStaysAsItIs() {
        assertThat(OnigRewrite.rewrite("(?<![\\w$])x(?<=\\.\\.\\.)")).isEqualTo("(?<![\\w$])x(?<=\\.\\.\\.)");
    }

    @Test
    void anIntervalWithItsBoundsSwappedBecomesAnAtomicGroupAsOnigurumaReadsIt() {
        assertThat(OnigRewrite.rewrite("^\\s+{1,0}(//[!/]+)")).isEqualTo("^(?>\\s+{0,1})(//[!/]+)");
        assertThat(OnigRewrite.rewrite("a{2,3}")).isEqualTo("a{2,3}");
    }

    @Test
    void theRewrittenPatternsMatchWhatOnigurumaMatches() {
        OnigLine line = new OnigLine("  // doc\n");
        assertThat(OnigPattern.compile("^\\s+{1,0}(//[!/]+)").search(line, 0)).isNull();
        OnigLine imp = new OnigLine("import x\n");
        assertThat(OnigPattern.compile("(?<!(?:^|[^$._[:alnum:]])import)(?=;|$|^)").search(imp, 6)[0]).isEqualTo(8);
    }
}
