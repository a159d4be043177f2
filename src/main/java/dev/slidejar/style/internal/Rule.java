package dev.slidejar.style.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dynamic utility rule: its rank in UnoCSS's rule list (Slidev 53's preset-wind3 order, which decides where
 * the CSS goes), the pattern of the token bodies it takes and what it makes of a match (null: no match).
 */
public record Rule(int index, Pattern pattern, Handler handler) {
    /** Turns a match into a utility, or null. */
    @FunctionalInterface
    public interface Handler {
        Utility apply(Matcher match, Theme theme);
    }

    /** A handler producing declarations only; a null list or a list of nulls means no match. */
    @FunctionalInterface
    public interface DeclHandler {
        List<Decl> apply(Matcher match, Theme theme);
    }

    public static Rule of(int index, String regex, DeclHandler handler) {
        return new Rule(index, Pattern.compile(regex), (m, t) -> {
            List<Decl> decls = handler.apply(m, t);
            return decls == null ? null : Utility.of(decls);
        });
    }

    public static Rule utility(int index, String regex, Handler handler) {
        return new Rule(index, Pattern.compile(regex), handler);
    }

    Utility match(String body, Theme theme) {
        Matcher m = pattern.matcher(body);
        if (!m.matches()) {
            return null;
        }
        Utility u = handler.apply(m, theme);
        return u == null || u.isEmpty() ? null : u;
    }

    /** Group {@code n} of the match, or null when it did not take part (JavaScript's undefined). */
    static String group(Matcher m, int n) {
        return m.group(n);
    }

    /** Group {@code n}, or {@code ""} when it did not take part (a JavaScript {@code = ""} default). */
    static String groupOrEmpty(Matcher m, int n) {
        String g = m.group(n);
        return g == null ? "" : g;
    }

    /** One declaration, or null (no match) when the value is null. */
    static List<Decl> one(String property, String value) {
        return value == null ? null : List.of(Decl.of(property, value));
    }
}
