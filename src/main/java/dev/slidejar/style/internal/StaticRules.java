package dev.slidejar.style.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The utilities UnoCSS matches by their exact name ({@code flex}, {@code items-center}, {@code uppercase}, ...),
 * read from {@code static-rules.tsv}: rule index, name, selector suffix, declarations, layer.
 */
final class StaticRules {
    record Entry(int index, Utility utility, String layer) {
    }

    private static final Map<String, Entry> RULES = load("/dev/slidejar/style/static-rules.tsv");

    private StaticRules() {
    }

    static Entry get(String name) {
        return RULES.get(name);
    }

    private static Map<String, Entry> load(String resource) {
        Map<String, Entry> rules = new HashMap<>();
        try (InputStream in = StaticRules.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Utility u = new Utility(declarations(f[3]), f[2], null);
                rules.put(f[1], // a later rule of the same name wins, as in UnoCSS's static map
                         new Entry(Integer.parseInt(f[0]), u, f[4].isEmpty() ? null : f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(rules);
    }

    /** {@code a:b;c:d;} → declarations (values hold no semicolons outside parentheses or quotes). */
    static List<Decl> declarations(String body) {
        List<Decl> decls = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ';' && depth == 0) {
                add(decls, body.substring(start, i));
                start = i + 1;
            }
        }
        add(decls, body.substring(start));
        return decls;
    }

    private static void add(List<Decl> decls, String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            decls.add(Decl.of(text.substring(0, colon), text.substring(colon + 1)));
        }
    }
}
