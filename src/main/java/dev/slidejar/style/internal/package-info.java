/**
 * Machinery behind {@link dev.slidejar.style.UtilityCss}: token → variants + body ({@link
 * dev.slidejar.style.internal.VariantParser}), body → declarations ({@link dev.slidejar.style.internal.RuleSet}
 * and the rule families), declarations → ordered CSS text ({@link dev.slidejar.style.internal.StyleSheet}).
 * The theme values and the static utilities are data files beside the classes, written from the UnoCSS
 * install by {@code tools/unocss/dump-data.mjs}.
 */
package dev.slidejar.style.internal;
