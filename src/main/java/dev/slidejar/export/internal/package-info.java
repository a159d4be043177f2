/**
 * The export's machinery, not an API: Chromium started and driven over the DevTools protocol ({@code Chromium},
 * {@code CdpClient}, {@code Tab}) and the loopback server of the built site ({@code StaticServer}).
 */
package dev.slidejar.export.internal;
