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
    private final Map<String, Map<String, Icon>> loaded = new ConcurrentHashMap<>();

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
        return Optional.ofNullable(loaded.computeIfAbsent(prefix, this::load).get(name));
    }

    private Map<String, Icon> load(String prefix) {
        Map<String, Icon> icons = new HashMap<>();
        for (String[] row : Resources.tsv(FOLDER + files.get(prefix))) {
            // name, left, top, width, height, body
            icons.put(row[0], new Icon(prefix, row[0], Double.parseDouble(row[1]), Double.parseDouble(row[2]),
                    Double.parseDouble(row[3]), Double.parseDouble(row[4]), row[5]));
        }
        return Map.copyOf(icons);
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
