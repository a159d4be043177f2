/** commonmark-java extensions, one per Slidev syntax: slot sugar, footnotes, task lists, MDC attributes. */
package dev.slidejar.markdown.ext;
