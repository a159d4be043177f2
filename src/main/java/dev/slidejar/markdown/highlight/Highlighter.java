package dev.slidejar.markdown.highlight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Colours code as Slidev does with Shiki: the language's TextMate grammar (those Shiki bundles, vendored by
 * {@code tools/vendor-assets.mjs}) cuts each line into tokens with scopes, each theme (vitesse-light and
 * vitesse-dark) gives each token its colour and font style, and every token is written as a {@code span} whose
 * style names its colour in each theme ({@code --shiki-light}, {@code --shiki-dark}), for the page's style sheet to
 * pick. Grammars are read on first use and kept; one highlighter serves any number of threads.
 */
public final class Highlighter {
    /**
     * The version of Shiki whose grammars and themes are bundled, and of the way they are run here: part of the key
     * of a block kept coloured ({@code TextCache}), so change it with any change to what this class writes.
     */
    public static final String VERSION = "shiki-4.6.0/1";
    private static final String FOLDER = "/dev/slidejar/assets/shiki/";
    /** The languages Slidev 53 always loads (its resolveShikiOptions), whose injections apply in every block. */
    private static final List<String> ALWAYS_LOADED = List.of("markdown", "vue", "javascript", "typescript", "html", "css");
    private static final String[] THEME_KEYS = {"light", "dark"};
    private static final Highlighter BUNDLED = new Highlighter();

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Language> byName = new HashMap<>();
    private final Map<String, Language> byScope = new HashMap<>();
    private final Map<String, JsonNode> raw = new ConcurrentHashMap<>();
    private final Map<String, Grammar> grammars = new ConcurrentHashMap<>();
    private final List<Theme> themes;

    private record Language(String name, String scope, List<String> aliases, List<String> embedded,
            List<String> injectTo, String file) {
    }

    private Highlighter() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open("languages.tsv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                Language l = new Language(f[0], f[1], list(f[2]), list(f[3]), list(f[4]), f[5]);
                byName.put(l.name(), l);
                byScope.put(l.scope(), l);
            }
            for (Language l : List.copyOf(byName.values())) {
                for (String alias : l.aliases()) {
                    byName.putIfAbsent(alias, l);
                }
            }
            themes = List.of(Theme.of(json.readTree(open("themes/vitesse-light.json"))),
                    Theme.of(json.readTree(open("themes/vitesse-dark.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highlighter of the bundled grammars and Slidev's default themes. */
    public static Highlighter bundled() {
        return BUNDLED;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(","));
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Highlighter.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing resource " + FOLDER + name);
        }
        return in;
    }

    /** Whether {@code lang} (a name or an alias, in any case) has a grammar. */
    public boolean knows(String lang) {
        return language(lang).isPresent();
    }

    private Optional<Language> language(String lang) {
        return Optional.ofNullable(byName.get(lang.toLowerCase(Locale.ROOT)));
    }

    /**
     * The lines of {@code code} in {@code lang}, each as the HTML of its tokens ({@code span}s, their text escaped),
     * or empty when the language has no grammar.
     */
    public Optional<List<String>> highlight(String code, String lang) {
        Optional<Language> language = language(lang);
        if (language.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = List.of(code.split("\r\n|\r|\n", -1));
        Grammar grammar = grammars.computeIfAbsent(language.get().name(), n -> new Grammar(language.get().scope(),
                new Loaded(language.get()), themes));
        List<Grammar.LineTokens> tokens;
        synchronized (grammar) {
            tokens = grammar.tokenize(lines);
        }
        List<String> html = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            html.add(lineHtml(lines.get(i), tokens.get(i)));
        }
        return Optional.of(html);
    }

    /** The grammars loaded for one language: Slidev's always-loaded ones, the language, all they embed. */
    private final class Loaded implements Grammar.Source {
        private final Set<Language> loaded = new LinkedHashSet<>();

        Loaded(Language language) {
            ALWAYS_LOADED.forEach(n -> load(byName.get(n)));
            load(language);
        }

        private void load(Language l) {
            if (l != null && loaded.add(l)) {
                l.embedded().forEach(n -> load(byName.get(n)));
            }
        }

        @Override
        public JsonNode grammar(String scopeName) {
            Language l = byScope.get(scopeName);
            if (l == null || !loaded.contains(l)) {
                return null; // as in Shiki, a grammar not loaded is not included (its rules are left out)
            }
            return raw.computeIfAbsent(l.name(), n -> {
                try (InputStream in = new GZIPInputStream(open(l.file()))) {
                    return json.readTree(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public List<String> injectionsInto(String scopeName) {
            List<String> out = new ArrayList<>();
            String[] parts = scopeName.split("\\.");
            for (int i = 1; i <= parts.length; i++) {
                String sub = String.join(".", java.util.Arrays.copyOf(parts, i));
                for (Language l : loaded) {
                    if (l.injectTo().contains(sub) && !out.contains(l.scope())) {
                        out.add(l.scope());
                    }
                }
            }
            return out;
        }
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    /** A token of one theme: where it starts, its style (token type, font style, colour, background). */
    private record Styled(int start, int[] style) {
    }

    private String lineHtml(String text, Grammar.LineTokens line) {
        if (text.isEmpty()) {
            return "";
        }
        // each theme's tokens, those of the same style side by side merged (TextMate's tokens with equal metadata)
        List<List<Styled>> perTheme = new ArrayList<>();
        for (int t = 0; t < themes.size(); t++) {
            List<Styled> merged = new ArrayList<>();
            for (int i = 0; i < line.starts().length; i++) {
                int[] style = line.scopes()[i].style[t];
                if (!merged.isEmpty() && java.util.Arrays.equals(merged.get(merged.size() - 1).style(), style)) {
                    continue;
                }
                merged.add(new Styled(line.starts()[i], style));
            }
            perTheme.add(merged);
        }
        // cut where any theme's tokens are cut
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        perTheme.forEach(tokens -> tokens.forEach(s -> cuts.add(s.start())));
        List<int[]> bounds = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        Integer[] starts = cuts.toArray(new Integer[0]);
        int[] at = new int[themes.size()];
        for (int k = 0; k < starts.length; k++) {
            int start = starts[k];
            int end = k + 1 < starts.length ? starts[k + 1] : text.length();
            int[][] variants = new int[themes.size()][];
            for (int t = 0; t < themes.size(); t++) {
                List<Styled> tokens = perTheme.get(t);
                while (at[t] + 1 < tokens.size() && tokens.get(at[t] + 1).start() <= start) {
                    at[t]++;
                }
                variants[t] = tokens.get(at[t]).style();
            }
            bounds.add(new int[] {start, end});
            styles.add(style(variants));
        }
        // whitespace alone goes with the token after it (not at the line's end), as Shiki merges it
        StringBuilder out = new StringBuilder();
        int carried = -1;
        for (int k = 0; k < bounds.size(); k++) {
            int start = bounds.get(k)[0];
            int end = bounds.get(k)[1];
            String content = text.substring(start, end);
            if (content.isBlank() && !content.isEmpty() && k + 1 < bounds.size()) {
                if (carried < 0) {
                    carried = start;
                }
                continue;
            }
            int from = carried >= 0 ? carried : start;
            carried = -1;
            out.append("<span style=\"").append(styles.get(k)).append("\">").append(escape(text.substring(from, end)))
                    .append("</span>");
        }
        return out.toString();
    }

    private String style(int[][] variants) {
        String[] keys = {"", "-font-style", "-font-weight", "-text-decoration"};
        boolean[] present = new boolean[keys.length];
        List<Integer> order = new ArrayList<>(List.of(0));
        for (int[] v : variants) {
            int fs = v[1];
            boolean[] has = {true, (fs & Theme.ITALIC) != 0, (fs & Theme.BOLD) != 0,
                (fs & (Theme.UNDERLINE | Theme.STRIKETHROUGH)) != 0};
            for (int k = 1; k < keys.length; k++) {
                if (has[k] && !present[k]) {
                    present[k] = true;
                    order.add(k);
                }
            }
        }
        StringBuilder s = new StringBuilder();
        for (int t = 0; t < variants.length; t++) {
            int fs = variants[t][1];
            for (int k : order) {
                String value = switch (k) {
                    case 0 -> themes.get(t).color(variants[t][2]);
                    case 1 -> (fs & Theme.ITALIC) != 0 ? "italic" : "inherit";
                    case 2 -> (fs & Theme.BOLD) != 0 ? "bold" : "inherit";
                    default -> decoration(fs);
                };
                if (s.length() > 0) {
                    s.append(';');
                }
                s.append("--shiki-").append(THEME_KEYS[t]).append(keys[k]).append(':').append(value);
            }
        }
        return s.toString();
    }

    private static String decoration(int fontStyle) {
        List<String> d = new ArrayList<>();
        if ((fontStyle & Theme.UNDERLINE) != 0) {
            d.add("underline");
        }
        if ((fontStyle & Theme.STRIKETHROUGH) != 0) {
            d.add("line-through");
        }
        return d.isEmpty() ? "inherit" : String.join(" ", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
