package dev.slidejar.style.internal;

/**
 * One variant prefix of a token ({@code hover:}, {@code dark:}, {@code md:}, {@code all:}, {@code !}, {@code -}),
 * as the changes it makes to the rule: text put before the selector ({@code .dark }), appended to it
 * ({@code :hover}, {@code  *}), a pseudo-element, an enclosing at-rule with its rank, the sort rank among rules of
 * equal index, and body changes (important, negative).
 */
public record Variant(String prefix, String selectorSuffix, String pseudo, String parent, Integer parentOrder,
        Integer sort, boolean noMerge, Body body) {

    /** A change to the declarations. */
    public enum Body { NONE, IMPORTANT, NEGATIVE }

    static Variant prefix(String prefix) {
        return new Variant(prefix, "", "", null, null, null, false, Body.NONE);
    }

    static Variant selector(String suffix) {
        return new Variant("", suffix, "", null, null, null, false, Body.NONE);
    }

    static Variant pseudo(String pseudo, int sort) {
        boolean element = pseudo.contains("::") && !pseudo.equals("::file-selector-button");
        return new Variant("", element ? "" : pseudo, element ? pseudo : "", null, null, sort, true, Body.NONE);
    }

    static Variant group(String prefix, int sort) {
        return new Variant(prefix, "", "", null, null, sort, false, Body.NONE);
    }

    static Variant parent(String parent, Integer order) {
        return new Variant("", "", "", parent, order, null, false, Body.NONE);
    }

    static Variant body(Body body) {
        return new Variant("", "", "", null, null, null, false, body);
    }
}
