package dev.slidejar.style.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UnoCSS theme values (palette, font sizes, breakpoints, ...) read from {@code theme.properties}: a tree of
 * string leaves, keys in the source's order. Arrays were flattened to {@code key.0, key.1}.
 */
public final class Theme {
    private static final Theme DEFAULT = load("/dev/slidejar/style/theme.properties");

    private final Map<String, Object> root;

    private Theme(Map<String, Object> root) {
        this.root = root;
    }

    public static Theme defaults() {
        return DEFAULT;
    }

    /** The leaf at {@code section.key}, or null; an array's first element for array values. */
    public String get(String section, String key) {
        Object node = child(root, section);
        Object value = node instanceof Map<?, ?> m ? m.get(key) : null;
        if (value instanceof Map<?, ?> array) {
            value = array.get("0");
        }
        return value instanceof String s ? s : null;
    }

    /** The elements of an array value (or the one string) at {@code section.key}; empty when absent. */
    public List<String> list(String section, String key) {
        Object node = child(root, section);
        Object value = node instanceof Map<?, ?> m ? m.get(key) : null;
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Map<?, ?> array) {
            for (int i = 0; array.get(String.valueOf(i)) instanceof String s; i++) {
                out.add(s);
            }
        }
        return out;
    }

    /** The keys and leaves of a section in source order (e.g. {@code breakpoints}). */
    public Map<String, String> section(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        if (child(root, section) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof String s) {
                    out.put((String) k, s);
                }
            });
        }
        return out;
    }

    /** A node under {@code colors}: a String (a colour) or a Map (a scale); null when absent. */
    Object color(Object scope, String key) {
        Map<?, ?> node = scope == null ? (Map<?, ?>) root.get("colors") : (Map<?, ?>) scope;
        return node.get(key);
    }

    private static Object child(Map<String, Object> root, String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Theme load(String resource) {
        Map<String, Object> root = new LinkedHashMap<>();
        try (InputStream in = Theme.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String[] path = line.substring(0, eq).split("\\.");
                String value = line.substring(eq + 1).replace("\\n", "\n").replace("\\\\", "\\");
                Map<String, Object> node = root;
                for (int i = 0; i < path.length - 1; i++) {
                    node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
                }
                node.put(path[path.length - 1], value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Theme(root);
    }
}
