package dev.slidejar.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shrunk copies kept between exports: found by what they were made from, checked before they are kept. */
class ShrinkCacheTest {
    @TempDir
    Path dir;

    private final byte[] original = "the original's bytes".getBytes();

    @Test
    void aCopyIsFoundByTheOriginalsContentItsSizeAndTheBrowser() throws IOException {
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        byte[] png = image("png", 60, 30);
        assertThat(cache.get("a.png", original, 60, 30)).isEmpty();
        assertThat(cache.put("a.png", original, 60, 30, png)).isTrue();
        assertThat(cache.get("a.png", original, 60, 30)).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
        // the same bytes under another name, in a later export: found; another size, or another browser: not
        assertThat(ShrinkCache.in(dir, "HeadlessChrome/156").get("img/b.png", original, 60, 30)).isPresent();
        assertThat(cache.get("a.png", original, 61, 30)).isEmpty();
        assertThat(ShrinkCache.in(dir, "HeadlessChrome/157").get("a.png", original, 60, 30)).isEmpty();
        assertThat(ShrinkCache.in(dir, "HeadlessChrome/156").get("a.png", "other bytes".getBytes(), 60, 30))
                .isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".img").contains("-60x30-"));
        }
    }

    @Test
    void aCacheWithoutCopiesOfThisBrowserAnswersWithoutHashingTheOriginal() throws IOException {
        ShrinkCache.in(dir, "HeadlessChrome/155").put("old.png", original, 60, 30, image("png", 60, 30));
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        assertThat(cache.get("a.png", original, 60, 30)).isEmpty();
        assertThat(cache.latest("a.png", original)).isEmpty();
        assertThat(cache.hashed()).as("nothing to look up: a first export").isZero();
        byte[] png = image("png", 60, 30);
        assertThat(cache.put("a.png", original, 60, 30, png)).isTrue();
        assertThat(cache.hashed()).isEqualTo(1);
        // what this export stored is found by what follows in it
        assertThat(cache.get("b.png", original, 60, 30)).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
        // a later export finds it by the original's hash
        ShrinkCache later = ShrinkCache.in(dir, "HeadlessChrome/156");
        assertThat(later.latest("a.png", original)).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
        assertThat(later.latest("c.png", "other bytes".getBytes())).isEmpty();
        assertThat(later.hashed()).isEqualTo(2);
    }

    @Test
    void onlyAPngOrAJpegOfTheClaimedSizeIsKept() throws IOException {
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        assertThat(cache.put("a", original, 60, 30, image("png", 60, 31))).isFalse();
        assertThat(cache.put("a", original, 60, 30, "<svg/>".getBytes())).isFalse();
        assertThat(cache.put("a", original, 60, 30, new byte[0])).isFalse();
        assertThat(cache.get("a", original, 60, 30)).isEmpty();
        byte[] jpeg = image("jpg", 60, 30);
        assertThat(ShrinkCache.ImageSize.of(jpeg)).hasValueSatisfying(wh -> assertThat(wh).containsExactly(60, 30));
        assertThat(cache.put("a", original, 60, 30, jpeg)).isTrue();
        assertThat(cache.get("a", original, 60, 30)).hasValueSatisfying(b -> assertThat(b).isEqualTo(jpeg));
    }

    @Test
    void trimmingRemovesThePartsOfCopiesLeftByAnExportEndedEarly() throws IOException {
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        Path old = Files.writeString(dir.resolve(".part-1.tmp"), "half a copy");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recent = Files.writeString(dir.resolve(".part-2.tmp"), "being written");
        cache.trim(ShrinkCache.LIMIT);
        assertThat(old).doesNotExist();
        assertThat(recent).as("another export may be writing it").exists();
    }

    @Test
    void trimmingRemovesTheCopiesUsedLongestAgo() throws IOException {
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        byte[] png = image("png", 100, 100);
        for (int i = 0; i < 4; i++) {
            cache.put("f" + i, ("original " + i).getBytes(), 100, 100, png);
        }
        long each = png.length;
        // ages: 0 the oldest, then 2, 3; 1 used just now
        Path[] files;
        try (var all = Files.list(dir)) {
            files = all.sorted().toArray(Path[]::new);
        }
        for (Path f : files) {
            Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        Files.setLastModifiedTime(file(cache, 0), FileTime.from(Instant.parse("2019-01-01T00:00:00Z")));
        assertThat(cache.get("f1", "original 1".getBytes(), 100, 100)).isPresent();
        cache.trim(2 * each);
        assertThat(cache.get("f1", "original 1".getBytes(), 100, 100)).as("used just now").isPresent();
        assertThat(cache.get("f0", "original 0".getBytes(), 100, 100)).as("the oldest").isEmpty();
        try (var all = Files.list(dir)) {
            assertThat(all.count()).isEqualTo(2);
        }
    }

    @Test
    void trimmingRemovesFilesNotNamedAsCopiesAre() throws IOException {
        ShrinkCache cache = ShrinkCache.in(dir, "HeadlessChrome/156");
        assertThat(cache.put("a.png", original, 60, 30, image("png", 60, 30))).isTrue();
        // a copy as an earlier version named it (the original's SHA-256)
        Path earlier = Files.write(dir.resolve("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                + "-60x30-0123456789abcdef.img"), image("png", 60, 30));
        cache.trim(ShrinkCache.LIMIT);
        assertThat(earlier).doesNotExist();
        assertThat(ShrinkCache.in(dir, "HeadlessChrome/156").get("a.png", original, 60, 30)).isPresent();
    }

    @Test
    void anOriginalsKeyIsItsTwoCrcsAndItsLength() {
        // CRC-32C and CRC-32 of "123456789", the check values of both
        assertThat(ShrinkCache.key("123456789".getBytes())).isEqualTo("e3069283cbf43926l9");
        byte[] a = new byte[4096];
        byte[] b = a.clone();
        b[4000] = 1;
        assertThat(ShrinkCache.key(a)).isNotEqualTo(ShrinkCache.key(b)).endsWith("l1000");
        assertThat(ShrinkCache.key(a)).isEqualTo(ShrinkCache.key(a.clone()));
    }

    @Test
    void theFolderComesFromTheEnvironment() {
        assertThat(ShrinkCache.defaultDir(Map.of(), "/home/ada")).contains(Path.of("/home/ada/.cache/slidejar/shrunk"));
        assertThat(ShrinkCache.defaultDir(Map.of("XDG_CACHE_HOME", "/c"), "/home/ada"))
                .contains(Path.of("/c/slidejar/shrunk"));
        assertThat(ShrinkCache.defaultDir(Map.of("SLIDEJAR_CACHE_DIR", "/s", "XDG_CACHE_HOME", "/c"), "/home/ada"))
                .contains(Path.of("/s/shrunk"));
        assertThat(ShrinkCache.defaultDir(Map.of("SLIDEJAR_CACHE_DIR", ""), "/home/ada")).isEqualTo(Optional.empty());
    }

    /** The file of the copy of {@code "original " + i}: the one whose name starts with that original's hash. */
    private Path file(ShrinkCache cache, int i) throws IOException {
        String hash = ShrinkCache.key(("original " + i).getBytes()) + "-";
        try (var all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(hash)).findFirst().orElseThrow();
        }
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
