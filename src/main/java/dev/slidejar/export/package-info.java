/**
 * {@code slidejar export}: a deck to PDF, PNG or Markdown through the system's headless Chromium. In: the entry
 * file and {@link dev.slidejar.export.Exporter}'s options. Out: the written files and an
 * {@link dev.slidejar.export.ExportResult} naming every slide that failed. The site is built by
 * {@link dev.slidejar.site.SiteBuilder} into a temporary folder and served on loopback; nothing is downloaded.
 */
package dev.slidejar.export;
