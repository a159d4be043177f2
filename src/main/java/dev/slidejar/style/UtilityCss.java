package dev.slidejar.style;

import dev.slidejar.style.internal.StyleSheetBuilder;
import dev.slidejar.style.internal.Theme;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * UnoCSS-compatible utility CSS: the stylesheet Slidev 53's UnoCSS setup (preset-wind3 with Slidev's shortcuts
 * and variants) generates for a set of class tokens, for the tokens Slidejar supports.
 *
 * <p>The text has UnoCSS's shape: {@code /* layer: preflights *}{@code /} (the {@code --un-*} defaults that
 * transforms, shadows and filters need), {@code /* layer: shortcuts *}{@code /} ({@code abs-br}, {@code bg-main},
 * ...), {@code /* layer: default *}{@code /}; rules in UnoCSS's order (rule index, then variant rank, then
 * selector), media queries last, equal bodies merged. Selectors are {@code .} and the escaped token; {@code dark:}
 * becomes {@code .dark .dark\:x}; important ({@code !x}, {@code x!}, {@code important:x}) appends
 * {@code !important} to every declaration. Font families are Slidev's fallback stacks (no deck fonts).
 */
public final class UtilityCss {
    private UtilityCss() {
    }

    /** CSS for the given class tokens (as written in class attributes), in UnoCSS's rule order, each rule once. */
    public static Result generate(Collection<String> tokens) {
        StyleSheetBuilder builder = new StyleSheetBuilder(Theme.defaults());
        for (String token : new LinkedHashSet<>(tokens)) {
            builder.add(token.trim());
        }
        return new Result(builder.css(true), builder.unknown());
    }

    /** css: the stylesheet text; unknown: tokens no rule matched (ignored, as UnoCSS ignores them). */
    public record Result(String css, Set<String> unknown) {
        public Result {
            unknown = Set.copyOf(unknown);
        }
    }
}
