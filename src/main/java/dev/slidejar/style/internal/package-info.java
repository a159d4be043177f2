/**
 * Machinery behind the {@code style} package. Utilities: token → variants + body ({@link
 * dev.slidejar.style.internal.VariantParser}), body → declarations ({@link dev.slidejar.style.internal.RuleSet}
 * and the rule families), declarations → ordered CSS text ({@link dev.slidejar.style.internal.StyleSheet}); the
 * theme values and static utilities are data files written by {@code tools/unocss/dump-data.mjs}. Assets: loading
 * the bundled icon sets and font faces, and the size and URL arithmetic of Iconify's tools that {@code Icon} must
 * reproduce digit for digit.
 */
package dev.slidejar.style.internal;
