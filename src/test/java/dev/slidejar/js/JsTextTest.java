package dev.slidejar.js;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsTextTest {
    @Test
    void trimsWhatJavaScriptTrims() {
        assertThat(JsText.trim("\uFEFF\u00A0\u2003 x \u3000\u2028")).isEqualTo("x");
    }

    @Test
    void keepsWhatJavaScriptKeeps() {
        // U+0085 (NEL) and U+200B (zero width space) are not white space to JavaScript's trim()
        assertThat(JsText.trim("\u0085x\u200B")).isEqualTo("\u0085x\u200B");
        assertThat(JsText.isBlank(" \t\u00A0")).isTrue();
        assertThat(JsText.isBlank(" \u200B")).isFalse();
    }
}
