package dev.slidejar.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCacheTest {
    @TempDir
    Path tmp;

    @Test
    void keepsWhatItIsGivenUnderItsKey() {
        TextCache cache = TextCache.in(Optional.of(tmp.resolve("rendered")));
        String key = TextCache.key("shiki", "ts", "const a = 1");
        assertThat(cache.get(key)).isEmpty();
        cache.put(key, "<span>const</span>\n<span>a</span>");
        assertThat(TextCache.in(Optional.of(tmp.resolve("rendered"))).get(key))
                .hasValue("<span>const</span>\n<span>a</span>");
        // the parts are kept apart: "ab" + "c" is not "a" + "bc"
        assertThat(TextCache.key("ab", "c")).isNotEqualTo(TextCache.key("a", "bc"));
    }

    @Test
    void withoutAFolderItKeepsNothing() {
        TextCache none = TextCache.in(Optional.empty());
        none.put("k", "v");
        assertThat(none.get("k")).isEmpty();
    }
}
