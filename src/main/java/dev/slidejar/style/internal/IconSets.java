package dev.slidejar.style.internal;

import dev.slidejar.style.Icon;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The icon sets bundled under {@code /dev/slidejar/assets/icons/}: {@code collections.tsv} names them, and each
 * {@code <prefix>.tsv.gz} is read the first time one of its icons is asked for, then kept. The loaded sets are
 * immutable, so one shared instance is safe across threads.
 */
public final class IconSets {
    private static final String FOLDER = Resources.ASSETS + "icons/";

    private final Map<String, String> files;
    private final List<String> prefixesLongestFirst;
    private final Map<String, Map<String, String>> loaded = new ConcurrentHashMap<>();

    private IconSets(Map<String, String> files) {
        this.files = Map.copyOf(files);
        this.prefixesLongestFirst = files.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The bundled sets, indexed on first use. */
    public static IconSets bundled() {
        return Bundled.INSTANCE;
    }

    /** Collection prefixes, longest first (so {@code ant-design} is tried before a hypothetical {@code ant}). */
    public List<String> prefixes() {
        return prefixesLongestFirst;
    }

    public Optional<Icon> icon(String prefix, String name) {
        if (!files.containsKey(prefix)) {
            return Optional.empty();
        }
        String row = loaded.computeIfAbsent(prefix, this::load).get(name);
        if (row == null) {
            return Optional.empty();
        }
        // name, left, top, width, height, body
        String[] f = row.split("\t", -1);
        return Optional.of(new Icon(prefix, f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5]));
    }

    /** The rows of a set by icon name; a deck uses a handful of its thousands of icons, parsed when asked for. */
    private Map<String, String> load(String prefix) {
        String text = Resources.text(FOLDER + files.get(prefix));
        Map<String, String> rows = new HashMap<>();
        int start = text.indexOf('\n') + 1; // skip the header
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int tab = text.indexOf('\t', start);
            if (tab > start && tab < end) {
                rows.put(text.substring(start, tab), text.substring(start, end));
            }
            start = end + 1;
        }
        return rows;
    }

    private static final class Bundled {
        static final IconSets INSTANCE = read();

        private static IconSets read() {
            Map<String, String> files = new HashMap<>();
            for (String[] row : Resources.tsv(FOLDER + "collections.tsv")) {
                files.put(row[0], row[5]); // prefix, icons, total, package, license, file
            }
            return new IconSets(files);
        }
    }
}
