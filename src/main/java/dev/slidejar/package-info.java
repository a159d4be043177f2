/** Slidejar: Slidev decks read, rendered and served on the JVM. See PIPELINE.md for the stages. */
package dev.slidejar;
