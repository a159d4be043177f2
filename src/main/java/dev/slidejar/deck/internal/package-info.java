/** YAML machinery behind {@link dev.slidejar.deck.FrontmatterParser}: events to nodes to JavaScript values. */
package dev.slidejar.deck.internal;
