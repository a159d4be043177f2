/**
 * The whole build: deck → pages → output folder. In: the entry file and build options ({@code --out},
 * {@code --base}). Out: a static site (each slide at {@code N/index.html}, assets, copied public files), written
 * atomically, and the diagnostics. Only {@link dev.slidejar.site.SiteWriter} writes files.
 */
package dev.slidejar.site;
