package dev.slidejar.render;

/**
 * Scopes a slide's {@code <style>} to that slide, as Vue's {@code <style scoped>} does for Slidev: every selector
 * is prefixed with the slide's page class, and its last compound asks for {@link #ATTRIBUTE}, which the slide's own
 * elements and its layout's root carry (as Vue's {@code data-v-*}), not the elements of the layout's template
 * ({@code .col-right}): {@code .x h1:hover} becomes {@code .slidev-page-3 .x h1[data-slidejar-scoped]:hover};
 * {@code .a :deep(.b)} asks for it on {@code .a}. Rules inside {@code @media}/{@code @supports}/{@code @container}
 * are scoped too; {@code @keyframes}, {@code @font-face} and other at-rules are kept as they are.
 */
final class ScopedCss {
    /** The attribute of a slide's elements that its scoped rules ask for. */
    static final String ATTRIBUTE = "data-slidejar-scoped";

    private ScopedCss() {
    }

    static String scope(String css, String scopeSelector) {
        StringBuilder out = new StringBuilder(css.length() + 64);
        scopeBlock(stripComments(css), 0, scopeSelector, out);
        return out.toString();
    }

    private static String stripComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** Scopes rules from {@code start} until the end or an unmatched '}', returning the index after it. */
    private static int scopeBlock(String css, int start, String scope, StringBuilder out) {
        int i = start;
        while (i < css.length()) {
            int brace = indexOfOutsideQuotes(css, '{', i);
            int close = indexOfOutsideQuotes(css, '}', i);
            if (close >= 0 && (brace < 0 || close < brace)) {
                out.append(css, i, close);
                return close + 1;
            }
            if (brace < 0) {
                out.append(css.substring(i));
                return css.length();
            }
            String prelude = css.substring(i, brace).trim();
            if (prelude.startsWith("@")) {
                int semicolon = prelude.indexOf(';');
                if (semicolon >= 0) { // e.g. "@import x; .a" : copy statements before the block
                    out.append(prelude, 0, semicolon + 1).append('\n');
                    prelude = prelude.substring(semicolon + 1).trim();
                }
            }
            if (prelude.startsWith("@media") || prelude.startsWith("@supports") || prelude.startsWith("@container")
                    || prelude.startsWith("@layer")) {
                out.append(prelude).append(" {");
                i = scopeBlock(css, brace + 1, scope, out);
                out.append("}\n");
            } else if (prelude.startsWith("@")) {
                int end = matchingBrace(css, brace);
                out.append(prelude).append(' ').append(css, brace, end + 1).append('\n');
                i = end + 1;
            } else {
                int end = matchingBrace(css, brace);
                out.append(scopeSelectors(prelude, scope)).append(' ').append(css, brace, end + 1).append('\n');
                i = end + 1;
            }
        }
        return i;
    }

    private static String scopeSelectors(String selectorList, String scope) {
        StringBuilder sb = new StringBuilder();
        for (String selector : selectorList.split(",")) {
            String s = selector.trim();
            if (s.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            int deep = s.indexOf(":deep(");
            if (deep < 0) {
                deep = s.indexOf("::v-deep(");
            }
            if (deep >= 0) {
                int open = s.indexOf('(', deep);
                int close = s.lastIndexOf(')');
                String before = s.substring(0, deep).trim();
                String inner = close > open ? s.substring(open + 1, close).trim() : "";
                s = (before.isEmpty() ? "[" + ATTRIBUTE + "]" : withAttribute(before)) + " " + inner;
            } else {
                s = withAttribute(s);
            }
            sb.append(scope).append(' ').append(s);
        }
        return sb.toString();
    }

    /** {@code selector} with the scope's attribute on its last compound, before that compound's pseudo-classes. */
    private static String withAttribute(String selector) {
        int depth = 0;
        int last = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == ' ' || c == '>' || c == '+' || c == '~')) {
                last = i + 1;
            }
        }
        int insert = selector.length();
        depth = 0;
        for (int i = last; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == ':') {
                insert = i;
                break;
            }
        }
        return selector.substring(0, insert) + "[" + ATTRIBUTE + "]" + selector.substring(insert);
    }

    private static int matchingBrace(String css, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == quote && css.charAt(i - 1) != '\\') {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return css.length() - 1;
    }

    private static int indexOfOutsideQuotes(String css, char target, int from) {
        char quote = 0;
        for (int i = from; i < css.length(); i++) {
            char c = css.charAt(i);
            if (quote != 0) {
                if (c == quote && css.charAt(i - 1) != '\\') {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }
}
