package dev.slidejar.style.internal;

/**
 * One rule of the output before ordering: its layer, enclosing at-rule (null: none) and that at-rule's rank,
 * the rank keys UnoCSS sorts by (rule index, variant sort) and the text. A null selector marks raw CSS such
 * as {@code @keyframes}.
 */
record CssRule(String layer, String parent, Integer parentOrder, int index, int sort, String selector, String body,
        boolean noMerge) {
}
