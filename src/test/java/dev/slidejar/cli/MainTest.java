package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines start the class-loading warm-up: those that render a deck, and no others. */
class MainTest {
    @Test
    void commandsThatRenderWarmUp() {
        assertThat(Main.renders(new String[] {})).isTrue();
        assertThat(Main.renders(new String[] {"slides.md"})).isTrue();
        assertThat(Main.renders(new String[] {"--port", "3000"})).isTrue();
        assertThat(Main.renders(new String[] {"dev", "talk.md"})).isTrue();
        assertThat(Main.renders(new String[] {"build", "--base", "/x/"})).isTrue();
        assertThat(Main.renders(new String[] {"export", "--format", "png"})).isTrue();
    }

    @Test
    void helpVersionNewAndParseDoNot() {
        assertThat(Main.renders(new String[] {"--help"})).isFalse();
        assertThat(Main.renders(new String[] {"build", "-h"})).isFalse();
        assertThat(Main.renders(new String[] {"-V"})).isFalse();
        assertThat(Main.renders(new String[] {"new", "talk"})).isFalse();
        assertThat(Main.renders(new String[] {"parse", "--json"})).isFalse();
        assertThat(Main.renders(new String[] {"help", "build"})).isFalse();
    }
}
