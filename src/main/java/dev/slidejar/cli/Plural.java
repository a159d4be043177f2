package dev.slidejar.cli;

/** A count and its noun for the terminal: {@code 1 slide}, {@code 2 slides}. */
final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code noun}, with an s unless {@code n} is 1 (the nouns here all take one). */
    static String of(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
