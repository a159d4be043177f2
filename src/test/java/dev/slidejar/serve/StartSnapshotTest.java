package dev.slidejar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import dev.slidejar.site.SiteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start snapshots on disk: found by what the deck's files hold now, never a half-written or foreign one. */
class StartSnapshotTest {
    @TempDir
    Path tmp;
    Path deck;
    Path entry;
    Path snapshots;
    Site site;

    @BeforeEach
    void deck() throws IOException {
        deck = tmp.resolve("deck");
        Files.createDirectories(deck.resolve("public"));
        entry = deck.resolve("slides.md");
        Files.writeString(entry, "# One\n\n---\n\n# Two\n");
        Files.writeString(deck.resolve("public/hello.txt"), "hello");
        snapshots = tmp.resolve("cache");
        site = SiteBuilder.builder().build().render(entry);
    }

    private boolean save() throws IOException {
        return StartSnapshot.save(snapshots, entry, List.of(deck), site, Long.MAX_VALUE);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyKindOfFileComesBackAsSaved() throws IOException {
        Path picture = deck.resolve("picture.png");
        Files.write(picture, new byte[] {1, 2, 3});
        Map<String, SiteWriter.Content> files = new LinkedHashMap<>();
        files.put("1/index.html", new SiteWriter.Bytes("<h1>One</h1>".getBytes(StandardCharsets.UTF_8)));
        files.put("picture.png", new SiteWriter.Copy(picture));
        files.put("assets/dev.js", new SiteWriter.Resource("/runtime/dev.js"));
        site = new Site(site.deck(), site.config(), files, Map.of("", deck.resolve("public")), List.of());
        assertThat(save()).isTrue();

        StartSnapshot loaded = StartSnapshot.load(snapshots, entry).orElseThrow();
        assertThat(loaded.files().keySet()).containsExactly("1/index.html", "picture.png", "assets/dev.js");
        assertThat(text(loaded.read("1/index.html").orElseThrow())).isEqualTo("<h1>One</h1>");
        assertThat(loaded.read("picture.png").orElseThrow()).containsExactly(1, 2, 3);
        assertThat(text(loaded.read("assets/dev.js").orElseThrow())).contains("EventSource");
        assertThat(text(loaded.read("hello.txt").orElseThrow())).isEqualTo("hello");
        assertThat(loaded.read("nope.html")).isEmpty();
        assertThat(StartSnapshot.exists(snapshots, entry)).isTrue();
    }

    @Test
    void aPreloadIsTakenByTheNextLoadOfItsDeckAndWithoutASnapshotStartsThePrerenderFirst() throws IOException {
        assertThat(save()).isTrue();
        AtomicInteger prerenders = new AtomicInteger();
        StartSnapshot.preload(snapshots, deck.resolve(".").resolve("slides.md"), prerenders::incrementAndGet);
        StartSnapshot found = StartSnapshot.load(snapshots, entry).orElseThrow();
        assertThat(found.files()).containsKeys("1/index.html", "2/index.html");
        assertThat(prerenders).as("a snapshot: no prerender").hasValue(0);

        String original = Files.readString(entry);
        Files.writeString(entry, "# One, edited\n");
        StartSnapshot.preload(snapshots, entry, prerenders::incrementAndGet);
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
        assertThat(prerenders).as("none: the prerender was started before the load returned").hasValue(1);

        Files.writeString(entry, original);
        StartSnapshot.preload(tmp.resolve("elsewhere"), entry, () -> { });
        assertThat(StartSnapshot.load(snapshots, entry)).as("read here, not taken from another folder's preload")
                .isPresent();
    }

    @Test
    void aChangedFileHidesTheSnapshotUntilItHoldsWhatItHeldAgain() throws IOException {
        assertThat(StartSnapshot.exists(snapshots, entry)).isFalse();
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
        assertThat(save()).isTrue();
        String original = Files.readString(entry);

        Files.writeString(entry, "# One\n\n---\n\n# Two, edited\n");
        assertThat(StartSnapshot.exists(snapshots, entry)).isFalse();
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
        Files.writeString(deck.resolve("style.css"), "h1 { color: red }");
        Files.writeString(entry, original);
        assertThat(StartSnapshot.load(snapshots, entry)).as("a new file").isEmpty();

        // the same content again, written later (a fresh copy, an undo, a branch switched back): found by content
        Files.delete(deck.resolve("style.css"));
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now().plusSeconds(3600)));
        assertThat(StartSnapshot.load(snapshots, entry)).isPresent();
    }

    @Test
    void theOrderAFolderListsItsFilesInDoesNotCount() throws IOException {
        List<String> names = List.of("a.md", "b.md", "c.md", "d.md", "e.md");
        for (String name : names) {
            Files.writeString(deck.resolve(name), name);
        }
        assertThat(save()).isTrue();
        for (String name : names) {
            Files.delete(deck.resolve(name));
        }
        List<String> reversed = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        for (String name : reversed) {
            Files.writeString(deck.resolve(name), name);
        }
        assertThat(StartSnapshot.load(snapshots, entry)).isPresent();
    }

    @Test
    void aLargeFileCountsByItsModificationTime() throws IOException {
        Path video = deck.resolve("public/clip.bin");
        Files.write(video, new byte[(int) StartSnapshot.HASHED_UP_TO + 1]);
        assertThat(save()).isTrue();
        assertThat(StartSnapshot.load(snapshots, entry)).isPresent();
        Files.setLastModifiedTime(video, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
    }

    @Test
    void hiddenOutputAndDependencyFoldersDoNotCount() throws IOException {
        assertThat(save()).isTrue();
        for (String file : List.of("dist/index.html", "node_modules/x/index.js", ".git/HEAD", ".slides.md.swp")) {
            Files.createDirectories(deck.resolve(file).getParent());
            Files.writeString(deck.resolve(file), "changed");
        }
        assertThat(StartSnapshot.load(snapshots, entry)).isPresent();
    }

    @Test
    void aDeckAmongTooManyFilesHasNoSnapshots() throws IOException {
        Path many = Files.createDirectories(deck.resolve("data"));
        for (int i = 0; i < StartSnapshot.MAX_FILES; i++) {
            Files.writeString(many.resolve(i + ".txt"), "");
        }
        assertThatThrownBy(this::save).isInstanceOf(IOException.class).hasMessageContaining("more than");
        assertThat(StartSnapshot.exists(snapshots, entry)).isFalse();
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
    }

    @Test
    void aSiteIsNotSavedWhenAFileChangedAfterItsRenderBegan() throws IOException {
        long renderedAt = System.currentTimeMillis() - 60_000;
        assertThat(StartSnapshot.save(snapshots, entry, List.of(deck), site, renderedAt)).isFalse();
        assertThat(StartSnapshot.exists(snapshots, entry)).isFalse();
    }

    @Test
    void theNewestSnapshotsOfADeckAreKept() throws IOException {
        for (int i = 0; i < StartSnapshot.KEPT + 3; i++) {
            Files.writeString(entry, "# Version " + i + "\n");
            assertThat(save()).isTrue();
            Path written = StartSnapshot.deckFolder(snapshots, entry);
            try (Stream<Path> files = Files.list(written)) {
                for (Path f : files.toList()) {
                    // older than the next one, whatever the clock's resolution
                    Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() - 1000));
                }
            }
        }
        try (Stream<Path> files = Files.list(StartSnapshot.deckFolder(snapshots, entry))) {
            assertThat(files.filter(f -> f.toString().endsWith(".snapshot"))).hasSize(StartSnapshot.KEPT);
        }
        assertThat(StartSnapshot.load(snapshots, entry)).as("the last one").isPresent();
        Files.writeString(entry, "# Version 0\n");
        assertThat(StartSnapshot.load(snapshots, entry)).as("the first one, trimmed").isEmpty();
        Files.writeString(entry, "# Version 3\n");
        assertThat(StartSnapshot.load(snapshots, entry)).as("one of the newest").isPresent();
    }

    @Test
    void pastTheLimitTheOldestSnapshotsOfAnyDeckGo() throws IOException {
        Path other = tmp.resolve("other/slides.md");
        Files.createDirectories(other.getParent());
        Files.writeString(other, "# Other\n");
        assertThat(StartSnapshot.save(snapshots, other, List.of(other.getParent()),
                SiteBuilder.builder().build().render(other), Long.MAX_VALUE)).isTrue();
        Path otherFolder = StartSnapshot.deckFolder(snapshots, other);
        try (Stream<Path> files = Files.list(otherFolder)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        assertThat(save()).isTrue();
        long newest;
        try (Stream<Path> files = Files.list(StartSnapshot.deckFolder(snapshots, entry))) {
            newest = files.filter(f -> f.toString().endsWith(".snapshot")).mapToLong(f -> f.toFile().length()).sum();
        }
        Path deckFolder = StartSnapshot.deckFolder(snapshots, entry);
        Path oldPart = Files.writeString(deckFolder.resolve("x.snapshot123.tmp"), "half a snapshot");
        Files.setLastModifiedTime(oldPart, FileTime.from(Instant.now().minusSeconds(7200)));
        Path newPart = Files.writeString(deckFolder.resolve("y.snapshot456.tmp"), "being written");
        StartSnapshot.trim(snapshots, deckFolder, newest);
        assertThat(StartSnapshot.load(snapshots, entry)).as("the newest").isPresent();
        assertThat(StartSnapshot.load(snapshots, other)).as("an hour older, past the limit").isEmpty();
        assertThat(oldPart).as("left by a server ended early").doesNotExist();
        assertThat(newPart).as("another server may be writing it").exists();
    }

    @Test
    void aDamagedSnapshotOrOneOfAnotherDeckIsNone() throws IOException {
        assertThat(save()).isTrue();
        Path other = tmp.resolve("other/slides.md");
        Files.createDirectories(other.getParent());
        Files.copy(entry, other);
        assertThat(StartSnapshot.load(snapshots, other)).isEmpty();

        try (Stream<Path> files = Files.list(StartSnapshot.deckFolder(snapshots, entry))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".snapshot")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        assertThat(StartSnapshot.exists(snapshots, entry)).isTrue();
        assertThat(StartSnapshot.load(snapshots, entry)).isEmpty();
    }
}
