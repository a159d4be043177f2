/**
 * Slide Markdown to HTML, as Slidev's markdown-it pipeline makes it. In: a slide's Markdown content. Out: a
 * {@link dev.slidejar.markdown.SlideHtml}, the HTML of each slot ({@code default}, {@code right}, ...). commonmark
 * stays inside this package; one extension per Slidev syntax lives in {@code ext/}.
 */
package dev.slidejar.markdown;
