/**
 * The classes a deck uses → CSS: {@link dev.slidejar.style.UtilityCss} turns class tokens into the stylesheet
 * that UnoCSS (preset-wind3, as Slidev 53 configures it) would generate for them.
 */
package dev.slidejar.style;
