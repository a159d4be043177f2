/**
 * Reading a deck, as Slidev 53's parser reads it. In: the entry {@code slides.md} path. Out: a {@link
 * dev.slidejar.deck.Deck} (headmatter, numbered slides with frontmatter, content, notes, title, level) and its
 * diagnostics. Only {@link dev.slidejar.deck.SourceReader} reads files ({@link dev.slidejar.deck.DeckLoader} checks that imports
 * exist).
 */
package dev.slidejar.deck;
