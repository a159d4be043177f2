package dev.slidejar.style.internal;

/** One CSS declaration, {@code property:value}; a {@code null} value means "leave it out", as UnoCSS does. */
public record Decl(String property, String value) {
    public static Decl of(String property, String value) {
        return new Decl(property, value);
    }

    public Decl important() {
        return value == null ? this : new Decl(property, value + " !important");
    }

    String css() {
        return property + ":" + value + ";";
    }
}
