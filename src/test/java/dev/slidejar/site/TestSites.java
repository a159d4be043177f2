package dev.slidejar.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test decks of one file: written into a folder and built. */
public final class TestSites {
    private TestSites() {
    }

    /** The site of a deck whose {@code slides.md} is {@code markdown}, built in {@code dir}/{@code name}-site. */
    public static Path build(Path dir, String name, String markdown) throws IOException {
        Path deck = dir.resolve(name);
        Files.createDirectories(deck);
        Files.writeString(deck.resolve("slides.md"), markdown);
        Path site = dir.resolve(name + "-site");
        SiteBuilder.builder().outDir(site).build().build(deck.resolve("slides.md"));
        return site;
    }
}
