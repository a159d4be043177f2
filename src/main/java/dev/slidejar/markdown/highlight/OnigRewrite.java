package dev.slidejar.markdown.highlight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Rewrites what Oniguruma 6.9 (Shiki's) accepts and joni (an older Oniguruma) refuses into what both read alike:
 * an interval whose lower bound exceeds its upper ({@code X{1,0}}: Oniguruma's possessive {@code X{0,1}}) becomes
 * an atomic group, and a look-behind with alternatives of different lengths nested in a group
 * ({@code (?<=(?:^|\W)return)}) has them lifted to its top level ({@code (?<=^return|\Wreturn)}), which joni takes.
 */
final class OnigRewrite {
    private OnigRewrite() {
    }

    static String rewrite(String source) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        Deque<int[]> groups = new ArrayDeque<>(); // {start in out, kind: 0 group, 1 look-behind}
        int atom = -1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                atom = out.length();
                out.append(c).append(source.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                atom = out.length();
                int end = classEnd(source, i);
                out.append(source, i, end);
                i = end;
            } else if (c == '(') {
                boolean lookBehind = source.startsWith("(?<=", i) || source.startsWith("(?<!", i);
                groups.push(new int[] {out.length(), lookBehind ? 1 : 0});
                out.append(c);
                atom = -1;
                i++;
            } else if (c == ')') {
                out.append(c);
                i++;
                if (groups.isEmpty()) {
                    atom = -1;
                    continue;
                }
                int[] g = groups.pop();
                atom = g[0];
                if (g[1] == 1) {
                    String whole = out.substring(g[0]);
                    String head = whole.substring(0, 4);
                    String body = whole.substring(4, whole.length() - 1);
                    List<String> alternatives = expand(body);
                    if (alternatives != null) {
                        out.setLength(g[0]);
                        out.append(head).append(String.join("|", alternatives)).append(')');
                    }
                }
            } else if (c == '{' && atom >= 0) {
                int close = source.indexOf('}', i);
                String inner = close < 0 ? "" : source.substring(i + 1, close);
                int comma = inner.indexOf(',');
                if (comma > 0 && inner.substring(0, comma).matches("\\d+") && inner.substring(comma + 1).matches("\\d+")
                        && Integer.parseInt(inner.substring(0, comma)) > Integer.parseInt(inner.substring(comma + 1))) {
                    String what = out.substring(atom);
                    out.setLength(atom);
                    out.append("(?>").append(what).append('{').append(inner.substring(comma + 1)).append(',')
                            .append(inner, 0, comma).append("})");
                    i = close + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                if (c != '+' && c != '*' && c != '?') {
                    atom = c == '|' || c == '^' || c == '$' ? -1 : out.length();
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past the character class that starts at {@code start}. */
    private static int classEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (i < s.length() && s.charAt(i) == '^') {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == ']') {
                    i++; // a ] first in a class is itself
                }
                continue;
            }
            if (c == ']') {
                depth--;
                i++;
                if (depth == 0) {
                    return i;
                }
                continue;
            }
            i++;
        }
        return s.length();
    }

    /**
     * The alternatives {@code body} stands for, its non-capturing groups of alternatives and its optional atoms
     * multiplied out; null when it has none to lift or too many.
     */
    private static List<String> expand(String body) {
        List<String> result = new ArrayList<>();
        boolean lifted = false;
        for (String alternative : split(body)) {
            List<String> forms = new ArrayList<>(List.of(""));
            int i = 0;
            while (i < alternative.length()) {
                char c = alternative.charAt(i);
                int end;
                if (c == '\\') {
                    end = Math.min(alternative.length(), i + 2);
                } else if (c == '[') {
                    end = classEnd(alternative, i);
                } else if (c == '(' && alternative.startsWith("(?:", i)) {
                    end = groupEnd(alternative, i);
                    List<String> inner = split(alternative.substring(i + 3, end - 1));
                    boolean optional = end < alternative.length() && alternative.charAt(end) == '?'
                            && !(end + 1 < alternative.length() && "+?".indexOf(alternative.charAt(end + 1)) >= 0);
                    boolean quantified = end < alternative.length() && "*+{".indexOf(alternative.charAt(end)) >= 0;
                    if (inner.size() > 1 && !quantified || optional) {
                        List<String> options = new ArrayList<>();
                        for (String in : inner) {
                            List<String> nested = expand(in);
                            options.addAll(nested == null ? List.of(in) : nested);
                        }
                        if (optional) {
                            options.add("");
                            end++;
                        }
                        List<String> next = new ArrayList<>();
                        for (String f : forms) {
                            for (String o : options) {
                                next.add(f + o);
                            }
                        }
                        forms = next;
                        lifted = true;
                        if (forms.size() > 1024) {
                            return null;
                        }
                        i = end;
                        continue;
                    }
                } else if (c == '(') {
                    end = groupEnd(alternative, i);
                } else {
                    end = i + 1;
                }
                String piece = alternative.substring(i, end);
                boolean optional = end < alternative.length() && alternative.charAt(end) == '?'
                        && !(end + 1 < alternative.length() && "+?".indexOf(alternative.charAt(end + 1)) >= 0)
                        && c != '(';
                if (optional) {
                    List<String> next = new ArrayList<>();
                    for (String f : forms) {
                        next.add(f + piece);
                        next.add(f);
                    }
                    forms = next;
                    lifted = true;
                    end++;
                } else {
                    forms.replaceAll(f -> f + piece);
                }
                i = end;
            }
            result.addAll(forms);
        }
        return lifted ? result : null;
    }

    /** The index just past the group that opens at {@code start}. */
    private static int groupEnd(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length(); i = skip(s, i)) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    /** {@code s} split at its top-level {@code |}. */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i = skip(s, i)) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    /** The index after the character at {@code i}, or after the escape or character class that starts there. */
    private static int skip(String s, int i) {
        char c = s.charAt(i);
        return c == '\\' ? i + 2 : c == '[' ? classEnd(s, i) : i + 1;
    }
}
