package dev.slidejar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What runs while picocli reads the command line: a prerender of the deck a dev server will serve, else the
 * class-loading warm-up for commands that render a deck, else nothing.
 */
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

    @Test
    void theDeckADevServerWillServeIsGuessedFromTheArguments() {
        // the tests run in the project's folder: slides/slides.md exists, ./slides.md does not
        Path deck = Path.of("slides/slides.md");
        assertThat(Main.served(new String[] {"slides/slides.md"})).contains(deck);
        assertThat(Main.served(new String[] {"dev", "--port", "3000", "slides/slides.md"})).contains(deck);
        assertThat(Main.served(new String[] {"--open", "slides/slides.md", "--log", "info"})).contains(deck);
        assertThat(Main.served(new String[] {"dev"})).as("no ./slides.md here").isEmpty();
        assertThat(Main.served(new String[] {"dev", "missing.md"})).isEmpty();
        assertThat(Main.served(new String[] {"build", "slides/slides.md"})).as("not a dev server").isEmpty();
        assertThat(Main.served(new String[] {"export", "slides/slides.md"})).isEmpty();
        assertThat(Main.served(new String[] {"dev", "slides/slides.md", "--help"})).isEmpty();
        assertThat(Main.served(new String[] {"dev", "a\u0000.md"})).isEmpty();
        // as picocli's ENTRY: a bare name is its .md
        assertThat(Main.served(new String[] {"slides/slides"})).as("a path keeps its name").isEmpty();
        assertThat(Main.served(new String[] {"dev", "pom"})).as("pom.md: none here").isEmpty();
        assertThat(Main.served(new String[] {"README"})).contains(Path.of("README.md"));
    }
}
