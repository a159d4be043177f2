package dev.slidejar.markdown.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scopes around a token, innermost last, each with the style it has in each theme: what it takes from the
 * theme's most specific rule for it, and what it does not set taken from the scope around it, as TextMate does.
 */
final class ScopeStack {
    private static final Pattern TOKEN_TYPE = Pattern.compile("\\b(comment|string|regex|meta\\.embedded)\\b");
    static final int OTHER = 0;
    static final int COMMENT = 1;
    static final int STRING = 2;
    static final int REGEX = 4;
    private static final int TYPE_NOT_SET = 8;

    final ScopeStack parent;
    final String scope;
    /** Per theme: token type, font style, foreground, background. */
    final int[][] style;

    private ScopeStack(ScopeStack parent, String scope, int[][] style) {
        this.parent = parent;
        this.scope = scope;
        this.style = style;
    }

    /** The root scope of a grammar, over the themes' defaults. */
    static ScopeStack root(String scope, List<Theme> themes) {
        int[][] defaults = new int[themes.size()][];
        for (int t = 0; t < themes.size(); t++) {
            Theme theme = themes.get(t);
            defaults[t] = new int[] {OTHER, theme.defaultFontStyle, theme.defaultForeground, theme.defaultBackground};
        }
        ScopeStack base = new ScopeStack(null, null, defaults);
        return scope == null ? new ScopeStack(null, "unknown", defaults) : base.pushOne(scope, themes, true);
    }

    /** This stack with the scopes of {@code scopePath} (names separated by spaces) pushed; itself when null. */
    ScopeStack push(String scopePath, List<Theme> themes) {
        if (scopePath == null) {
            return this;
        }
        if (scopePath.indexOf(' ') < 0) {
            return pushOne(scopePath, themes, false);
        }
        ScopeStack s = this;
        for (String one : scopePath.split(" ")) {
            s = s.pushOne(one, themes, false);
        }
        return s;
    }

    private ScopeStack pushOne(String scopeName, List<Theme> themes, boolean asRoot) {
        ScopeStack parentForMatch = asRoot ? null : this;
        int type = tokenType(scopeName);
        int[][] merged = new int[themes.size()][];
        for (int t = 0; t < themes.size(); t++) {
            int[] old = style[t];
            int[] m = themes.get(t).match(scopeName, parentForMatch);
            int[] s = old.clone();
            if (type != TYPE_NOT_SET) {
                s[0] = type;
            }
            if (m != null) {
                if (m[0] != Theme.NOT_SET) {
                    s[1] = m[0];
                }
                if (m[1] != 0) {
                    s[2] = m[1];
                }
                if (m[2] != 0) {
                    s[3] = m[2];
                }
            }
            merged[t] = s;
        }
        return new ScopeStack(asRoot ? null : this, scopeName, merged);
    }

    private static int tokenType(String scope) {
        var m = TOKEN_TYPE.matcher(scope);
        if (!m.find()) {
            return TYPE_NOT_SET;
        }
        return switch (m.group(1)) {
            case "comment" -> COMMENT;
            case "string" -> STRING;
            case "regex" -> REGEX;
            default -> OTHER;
        };
    }

    /** The scope names, outermost first. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (ScopeStack s = this; s != null; s = s.parent) {
            if (s.scope != null) {
                names.add(0, s.scope);
            }
        }
        return names;
    }
}
