/** The {@code slidejar} command line (picocli): thin commands that call the pipeline and print diagnostics. */
package dev.slidejar.cli;
