package dev.slidejar.markdown.ext;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The icon of a code block's title, as Slidev 53's TitleIcon picks it: {@code ~i-set:name~} written in the title,
 * else the icon of the longest name it knows that the title contains (a tool, a config file, an extension).
 */
final class TitleIcons {
    private static final Pattern EXPLICIT = Pattern.compile("~([^~]+)~");
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("pnpm", "i-vscode-icons:file-type-light-pnpm"), Map.entry("npm", "i-vscode-icons:file-type-npm"),
            Map.entry("yarn", "i-vscode-icons:file-type-yarn"), Map.entry("bun", "i-vscode-icons:file-type-bun"),
            Map.entry("deno", "i-vscode-icons:file-type-deno"), Map.entry("vue", "i-vscode-icons:file-type-vue"),
            Map.entry("svelte", "i-vscode-icons:file-type-svelte"),
            Map.entry("angular", "i-vscode-icons:file-type-angular"),
            Map.entry("react", "i-vscode-icons:file-type-reactjs"),
            Map.entry("next", "i-vscode-icons:file-type-light-next"), Map.entry("nuxt", "i-vscode-icons:file-type-nuxt"),
            Map.entry("solid", "logos:solidjs-icon"), Map.entry("astro", "i-vscode-icons:file-type-light-astro"),
            Map.entry("rollup", "i-vscode-icons:file-type-rollup"),
            Map.entry("webpack", "i-vscode-icons:file-type-webpack"), Map.entry("vite", "i-vscode-icons:file-type-vite"),
            Map.entry("esbuild", "i-vscode-icons:file-type-esbuild"),
            Map.entry("package.json", "i-vscode-icons:file-type-node"),
            Map.entry("tsconfig.json", "i-vscode-icons:file-type-tsconfig"),
            Map.entry(".npmrc", "i-vscode-icons:file-type-npm"),
            Map.entry(".editorconfig", "i-vscode-icons:file-type-editorconfig"),
            Map.entry(".eslintrc", "i-vscode-icons:file-type-eslint"),
            Map.entry(".eslintignore", "i-vscode-icons:file-type-eslint"),
            Map.entry("eslint.config", "i-vscode-icons:file-type-eslint"),
            Map.entry(".gitignore", "i-vscode-icons:file-type-git"),
            Map.entry(".gitattributes", "i-vscode-icons:file-type-git"),
            Map.entry(".env", "i-vscode-icons:file-type-dotenv"),
            Map.entry(".env.example", "i-vscode-icons:file-type-dotenv"),
            Map.entry(".vscode", "i-vscode-icons:file-type-vscode"),
            Map.entry("tailwind.config", "vscode-icons:file-type-tailwind"),
            Map.entry("uno.config", "i-vscode-icons:file-type-unocss"),
            Map.entry("unocss.config", "i-vscode-icons:file-type-unocss"),
            Map.entry(".oxlintrc", "i-vscode-icons:file-type-oxlint"),
            Map.entry("vue.config", "i-vscode-icons:file-type-vueconfig"),
            Map.entry(".mts", "i-vscode-icons:file-type-typescript"),
            Map.entry(".cts", "i-vscode-icons:file-type-typescript"),
            Map.entry(".ts", "i-vscode-icons:file-type-typescript"),
            Map.entry(".tsx", "i-vscode-icons:file-type-typescript"), Map.entry(".mjs", "i-vscode-icons:file-type-js"),
            Map.entry(".cjs", "i-vscode-icons:file-type-js"), Map.entry(".json", "i-vscode-icons:file-type-json"),
            Map.entry(".js", "i-vscode-icons:file-type-js"), Map.entry(".jsx", "i-vscode-icons:file-type-js"),
            Map.entry(".md", "i-vscode-icons:file-type-markdown"), Map.entry(".py", "i-vscode-icons:file-type-python"),
            Map.entry(".ico", "i-vscode-icons:file-type-favicon"), Map.entry(".html", "i-vscode-icons:file-type-html"),
            Map.entry(".css", "i-vscode-icons:file-type-css"), Map.entry(".scss", "i-vscode-icons:file-type-scss"),
            Map.entry(".yml", "i-vscode-icons:file-type-light-yaml"),
            Map.entry(".yaml", "i-vscode-icons:file-type-light-yaml"),
            Map.entry(".php", "i-vscode-icons:file-type-php"), Map.entry(".svg", "i-vscode-icons:file-type-svg"));
    /** The known names, longest first (then in a fixed order): the most specific match wins. */
    private static final List<String> BY_LENGTH = KNOWN.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();

    private TitleIcons() {
    }

    /** The icon class of {@code title}, or "" for none. */
    static String of(String title) {
        Matcher m = EXPLICIT.matcher(title);
        if (m.find()) {
            return m.group(1);
        }
        String lower = title.toLowerCase(Locale.ROOT);
        for (String name : BY_LENGTH) {
            if (lower.contains(name)) {
                return KNOWN.get(name);
            }
        }
        return "";
    }
}
