/**
 * The preview server ({@code slidejar [ENTRY]}, {@code slidejar dev}). In: the entry file and the server options.
 * Out: the site {@link dev.slidejar.site.SiteBuilder} renders, served from memory on loopback (all interfaces
 * only with {@code --remote}), rebuilt when a watched file changes and pushed to the open pages as server-sent
 * events (in-place updates, an error overlay). It never renders by itself: every page comes from site/.
 */
package dev.slidejar.serve;
