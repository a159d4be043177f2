/** Positions and diagnostics: what every stage reports about bad input ({@code file:line:col: error: ...}). */
package dev.slidejar.diag;
