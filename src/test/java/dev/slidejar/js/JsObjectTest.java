package dev.slidejar.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsObjectTest {
    @Test
    void arrayIndexKeysComeFirstAscendingThenInsertionOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("10", 2);
        m.put("a", 3);
        m.put("2", 4);
        m.put("01", 5);
        m.put("-1", 6);
        m.put("4294967295", 7);
        assertThat(JsObject.ordered(m).keySet()).containsExactly("2", "10", "b", "a", "01", "-1", "4294967295");
    }

    @Test
    void spreadKeepsFirstPositionAndLastValue() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("layout", "cover");
        a.put("class", "x");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("theme", "seriph");
        b.put("layout", "center");
        Map<String, Object> merged = JsObject.spread(a, b);
        assertThat(merged.keySet()).containsExactly("layout", "class", "theme");
        assertThat(merged.get("layout")).isEqualTo("center");
    }
}
