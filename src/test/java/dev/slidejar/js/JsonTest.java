package dev.slidejar.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void stringifiesLikeJavaScriptWithTwoSpaceIndent() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a\"b\\c\n\t\u0001é😀");
        m.put("n", 1L);
        m.put("d", 0.5);
        m.put("nan", Double.NaN);
        m.put("b", true);
        m.put("nil", null);
        m.put("empty", Map.of());
        m.put("list", Arrays.asList(1L, "x", List.of()));
        assertThat(Json.stringify(m)).isEqualTo("""
                {
                  "s": "a\\"b\\\\c\\n\\t\\u0001é😀",
                  "n": 1,
                  "d": 0.5,
                  "nan": null,
                  "b": true,
                  "nil": null,
                  "empty": {},
                  "list": [
                    1,
                    "x",
                    []
                  ]
                }""");
    }

    @Test
    void escapesLoneSurrogates() {
        assertThat(Json.stringify("\ud800x")).isEqualTo("\"\\ud800x\"");
    }
}
