package dev.slidejar.site;

import dev.slidejar.deck.DeckConfig;
import dev.slidejar.style.Fonts;
import dev.slidejar.style.Icons;
import dev.slidejar.style.UtilityCss;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The deck's one stylesheet, in cascade order: web fonts, the font stacks, the base styles, the theme, the
 * utilities the deck uses (UnoCSS-compatible, icons included), then each slide's scoped styles.
 */
final class DeckStyles {
    private static final String DEFAULT_LAYER = "/* layer: default */";
    private DeckStyles() {
    }

    /** The stylesheet; {@code themeCss} is the theme's styles followed by the deck's own global ones. */
    static String css(DeckConfig config, String themeCss, Set<String> classTokens, String slideCss) {
        StringBuilder css = new StringBuilder();
        css.append(Fonts.fontFaceCss(config.webfonts(), "fonts/"));
        css.append(":root {\n  --slidev-font-sans: ").append(String.join(", ", config.fontSans()))
                .append(";\n  --slidev-font-serif: ").append(String.join(", ", config.fontSerif()))
                .append(";\n  --slidev-font-mono: ").append(String.join(", ", config.fontMono())).append(";\n}\n");
        css.append(Theme.resetCss());
        List<String> utilities = new ArrayList<>();
        StringBuilder icons = new StringBuilder();
        for (String token : classTokens) {
            if (token.startsWith("i-")) {
                Icons.find(token).ifPresentOrElse(
                        icon -> icons.append('.').append(cssEscape(token)).append(" {")
                                .append(icon.cssDeclarations()).append("}\n"),
                        () -> utilities.add(token));
            } else {
                utilities.add(token);
            }
        }
        // UnoCSS's preflights and shortcuts come before Slidev's own styles, its default layer after the theme:
        // so .slidev-icon-btn (position: relative) beats the abs-br shortcut, and m-6 beats the layout padding.
        String generated = UtilityCss.generate(utilities).css();
        int split = generated.indexOf(DEFAULT_LAYER);
        css.append(split < 0 ? generated : generated.substring(0, split)).append('\n');
        css.append(Theme.slidevCss());
        css.append(themeCss).append('\n');
        css.append(icons);
        css.append(split < 0 ? "" : generated.substring(split)).append('\n');
        css.append(".font-sans { font-family: var(--slidev-font-sans); }\n")
                .append(".font-serif { font-family: var(--slidev-font-serif); }\n")
                .append(".font-mono { font-family: var(--slidev-font-mono); }\n");
        if (!config.themeVars().isEmpty()) {
            css.append(":root {");
            config.themeVars().forEach((k, v) -> css.append("\n  ").append(k).append(": ").append(v).append(';'));
            css.append("\n}\n");
        }
        css.append(slideCss);
        css.append(Theme.resourceAt("/runtime/slidejar.css"));
        return css.toString();
    }

    /** Resource paths of the font files and their licences (the OFL travels with the fonts). */
    static List<String> fontFiles(DeckConfig config) {
        List<String> files = new ArrayList<>(Fonts.files(config.webfonts()));
        files.addAll(Fonts.licenses(config.webfonts()));
        return files;
    }

    /** A class name as a CSS identifier. */
    static String cssEscape(String token) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c) && !(i == 0 && Character.isDigit(c)) || c == '-' || c == '_'
                    || c > 0x7f) {
                sb.append(c);
            } else if (i == 0 && Character.isDigit(c)) {
                sb.append("\\3").append(c).append(' ');
            } else {
                sb.append('\\').append(c);
            }
        }
        return sb.toString();
    }

}
