package dev.slidejar.style;

import dev.slidejar.style.internal.IconSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds bundled Iconify icons by the names decks use for them: icon components
 * ({@code <carbon:arrow-right/>}, {@code <carbon-logo-github/>}, {@code <CarbonLogoGithub/>}) and UnoCSS icon
 * classes ({@code i-carbon-edit}, {@code i-carbon:edit}). The bundled sets are listed in
 * {@code /dev/slidejar/assets/icons/collections.tsv}; each is read on first use and kept.
 */
public final class Icons {
    private Icons() {
    }

    /**
     * Resolves an icon written as a tag name or class: {@code "carbon:arrow-right"}, {@code "carbon-logo-github"},
     * {@code "i-carbon-edit"}, {@code "i-carbon:edit"}, {@code "ri-github-line"}. Tag names are case-insensitive
     * (jsoup lowercases them); a PascalCase name as Vue sees it ({@code CarbonArrowRight}) is turned into
     * kebab-case first. Collection prefixes may contain {@code -} ({@code ant-design}): the longest bundled prefix
     * that yields an existing icon wins. Empty when no bundled set has the icon.
     */
    public static Optional<Icon> find(String nameOrClass) {
        IconSets sets = IconSets.bundled();
        for (String candidate : candidates(nameOrClass)) {
            int colon = candidate.indexOf(':');
            if (colon >= 0) {
                Optional<Icon> icon = sets.icon(candidate.substring(0, colon), candidate.substring(colon + 1));
                if (icon.isPresent()) {
                    return icon;
                }
                continue;
            }
            for (String prefix : sets.prefixes()) {
                if (candidate.startsWith(prefix + "-")) {
                    Optional<Icon> icon = sets.icon(prefix, candidate.substring(prefix.length() + 1));
                    if (icon.isPresent()) {
                        return icon;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The prefixes of the bundled icon sets, longest first. */
    public static List<String> collections() {
        return IconSets.bundled().prefixes();
    }

    /** The name as given (kebab-cased, lowercased), then without an {@code i-} class prefix if it has one. */
    private static List<String> candidates(String nameOrClass) {
        String name = kebab(nameOrClass.strip());
        List<String> out = new ArrayList<>(2);
        if (name.startsWith("i-")) {
            out.add(name.substring(2));
        }
        out.add(name);
        return out;
    }

    /**
     * {@code CarbonArrowRight} → {@code carbon-arrow-right}; names in one case (as jsoup or an HTML parser leaves
     * them) are only lowercased.
     */
    private static String kebab(String name) {
        if (name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLetterOrDigit(name.charAt(i - 1))) {
                out.append('-');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
