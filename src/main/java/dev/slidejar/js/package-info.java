/**
 * JavaScript value semantics that Slidev's deck model has and Java's do not: which characters
 * {@code String.prototype.trim} removes, how a number prints, the key order of an object, and
 * {@code JSON.stringify(value, null, 2)}. In: Java strings, numbers, maps and lists. Out: the same, or text.
 */
package dev.slidejar.js;
