package dev.slidejar.style.internal;

import java.util.List;

/**
 * What a rule makes of a token body: declarations, a selector suffix (for utilities such as {@code space-x-4}
 * that style children) and raw CSS emitted beside the rule (the {@code @keyframes} of an animation).
 */
public record Utility(List<Decl> decls, String selectorSuffix, String rawCss) {
    public Utility {
        decls = decls.stream().filter(d -> d.value() != null).toList();
        selectorSuffix = selectorSuffix == null ? "" : selectorSuffix;
    }

    public static Utility of(List<Decl> decls) {
        return new Utility(decls, "", null);
    }

    public static Utility of(Decl... decls) {
        return of(List.of(decls));
    }

    boolean isEmpty() {
        return decls.isEmpty() && rawCss == null;
    }
}
