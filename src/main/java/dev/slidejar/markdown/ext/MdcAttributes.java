package dev.slidejar.markdown.ext;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.CustomNode;

/**
 * Attributes written in MDC syntax ({@code {.red #id width=100 style="..."}}), attached as an invisible last child
 * of the node they belong to.
 */
public final class MdcAttributes extends CustomNode {
    private final Map<String, String> attributes;

    public MdcAttributes(Map<String, String> attributes) {
        this.attributes = new LinkedHashMap<>(attributes);
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    /**
     * Parses the inside of {@code {...}}: {@code .class}, {@code #id}, {@code key=value}, {@code key="value"},
     * {@code key='value'} and bare {@code key}. Null when it is not attribute syntax.
     */
    public static Map<String, String> parse(String inside) {
        Map<String, String> attrs = new LinkedHashMap<>();
        int i = 0;
        int n = inside.length();
        while (i < n) {
            char c = inside.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = ++i;
            if (c == '.' || c == '#') {
                while (i < n && !Character.isWhitespace(inside.charAt(i)) && inside.charAt(i) != '.'
                        && inside.charAt(i) != '#') {
                    i++;
                }
                String name = inside.substring(start, i);
                if (name.isEmpty()) {
                    return null;
                }
                if (c == '.') {
                    attrs.merge("class", name, (a, b) -> a + " " + b);
                } else {
                    attrs.put("id", name);
                }
                continue;
            }
            i = start - 1;
            int keyStart = i;
            while (i < n && !Character.isWhitespace(inside.charAt(i)) && inside.charAt(i) != '=') {
                char k = inside.charAt(i);
                if (!(Character.isLetterOrDigit(k) || k == '-' || k == '_' || k == ':' || k == '@')) {
                    return null;
                }
                i++;
            }
            String key = inside.substring(keyStart, i);
            if (key.isEmpty()) {
                return null;
            }
            if (i < n && inside.charAt(i) == '=') {
                i++;
                if (i < n && (inside.charAt(i) == '"' || inside.charAt(i) == '\'')) {
                    char q = inside.charAt(i);
                    int end = inside.indexOf(q, i + 1);
                    if (end < 0) {
                        return null;
                    }
                    attrs.put(key, inside.substring(i + 1, end));
                    i = end + 1;
                } else {
                    int vs = i;
                    while (i < n && !Character.isWhitespace(inside.charAt(i))) {
                        i++;
                    }
                    attrs.put(key, inside.substring(vs, i));
                }
            } else {
                attrs.put(key, "");
            }
        }
        return attrs.isEmpty() ? null : attrs;
    }
}
