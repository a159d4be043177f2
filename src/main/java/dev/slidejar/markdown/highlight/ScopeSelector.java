package dev.slidejar.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An injection's scope selector ({@code L:text.html -comment, source.js}): alternatives separated by commas, each
 * with its priority ({@code L:} before the grammar's own patterns, {@code R:} after), made of scope names in order
 * (each found after the one before), negation ({@code -}), groups and {@code |}.
 */
final class ScopeSelector {
    private static final Pattern TOKEN = Pattern.compile("([LR]:|[\\w.:][\\w.:\\-]*|[,|\\-()])");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\w.:]+");

    /** One alternative: does it match the scope names (outermost first), and its priority (-1, 0, 1). */
    record Alternative(Predicate<List<String>> matcher, int priority) {
    }

    private final List<String> tokens = new ArrayList<>();
    private int at;

    private ScopeSelector(String selector) {
        Matcher m = TOKEN.matcher(selector);
        while (m.find()) {
            tokens.add(m.group());
        }
    }

    static List<Alternative> parse(String selector) {
        return new ScopeSelector(selector).alternatives();
    }

    private String token() {
        return at < tokens.size() ? tokens.get(at) : null;
    }

    private void next() {
        at++;
    }

    private List<Alternative> alternatives() {
        List<Alternative> result = new ArrayList<>();
        while (token() != null) {
            int priority = 0;
            String t = token();
            if (t.length() == 2 && t.charAt(1) == ':') {
                priority = t.charAt(0) == 'R' ? 1 : t.charAt(0) == 'L' ? -1 : 0;
                next();
            }
            result.add(new Alternative(conjunction(), priority));
            if (!",".equals(token())) {
                break;
            }
            next();
        }
        return result;
    }

    private Predicate<List<String>> conjunction() {
        List<Predicate<List<String>>> all = new ArrayList<>();
        for (Predicate<List<String>> p = operand(); p != null; p = operand()) {
            all.add(p);
        }
        return scopes -> all.stream().allMatch(p -> p.test(scopes));
    }

    private Predicate<List<String>> operand() {
        String t = token();
        if ("-".equals(t)) {
            next();
            Predicate<List<String>> negated = operand();
            return scopes -> negated != null && !negated.test(scopes);
        }
        if ("(".equals(t)) {
            next();
            Predicate<List<String>> inner = inner();
            if (")".equals(token())) {
                next();
            }
            return inner;
        }
        if (identifier(t)) {
            List<String> names = new ArrayList<>();
            do {
                names.add(token());
                next();
            } while (identifier(token()));
            return scopes -> matchesNames(names, scopes);
        }
        return null;
    }

    private Predicate<List<String>> inner() {
        List<Predicate<List<String>>> any = new ArrayList<>();
        for (Predicate<List<String>> p = conjunction(); p != null; p = conjunction()) {
            any.add(p);
            if ("|".equals(token()) || ",".equals(token())) {
                do {
                    next();
                } while ("|".equals(token()) || ",".equals(token()));
            } else {
                break;
            }
        }
        return scopes -> any.stream().anyMatch(p -> p.test(scopes));
    }

    private static boolean identifier(String token) {
        return token != null && IDENTIFIER.matcher(token).find();
    }

    private static boolean matchesNames(List<String> names, List<String> scopes) {
        if (scopes.size() < names.size()) {
            return false;
        }
        int last = 0;
        for (String name : names) {
            boolean found = false;
            for (int i = last; i < scopes.size(); i++) {
                if (Theme.scopeMatches(scopes.get(i), name)) {
                    last = i + 1;
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
