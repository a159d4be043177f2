/**
 * The icons and fonts a deck uses, as Slidev 53 renders them. In: icon names as written in a deck
 * ({@code <carbon:arrow-right/>}, {@code i-logos-vitejs}) and font family names. Out: inline {@code <svg>} markup,
 * CSS declarations and {@code @font-face} rules, and the resource paths of the bundled font files.
 * The assets come from {@code tools/vendor-assets.mjs}; nothing here touches the network.
 */
package dev.slidejar.style;
