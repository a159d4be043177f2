/**
 * {@code slidejar new}: a folder name in, a starter deck out (slides.md, public/, .gitignore and the GitHub Pages
 * workflow), written from the templates under {@code src/main/resources/dev/slidejar/scaffold/}.
 */
package dev.slidejar.scaffold;
