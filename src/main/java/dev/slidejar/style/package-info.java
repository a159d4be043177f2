/**
 * The styling a deck uses, as Slidev 53 renders it. In: class tokens, icon names as written in a deck
 * ({@code <carbon:arrow-right/>}, {@code i-logos-vitejs}) and font family names. Out: the utility CSS that UnoCSS
 * (preset-wind3, as Slidev configures it) would generate ({@link dev.slidejar.style.UtilityCss}), inline
 * {@code <svg>} markup and icon CSS ({@link dev.slidejar.style.Icons}), {@code @font-face} rules and the bundled
 * font files ({@link dev.slidejar.style.Fonts}). The assets come from {@code tools/}; nothing here touches the
 * network.
 */
package dev.slidejar.style;
