/**
 * Loading of the bundled asset indexes (icon sets, font faces) from the class path, and the size and URL
 * arithmetic of Iconify's tools that the public {@code Icon} output must reproduce digit for digit.
 */
package dev.slidejar.style.internal;
