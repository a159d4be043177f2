package dev.slidejar.markdown.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What TextMate grammars do to a regular expression's source before it is compiled: {@code \z} made to ignore the
 * newline each line is given, {@code \A} and {@code \G} kept only where they may match (the document's first line,
 * the position where the rule that holds them began), back-references in an {@code end} or {@code while} filled
 * with what {@code begin} captured, and {@code $1} in a scope name filled with a capture.
 */
final class RegexSource {
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(\\d+)");
    private static final Pattern CAPTURE_REFERENCE = Pattern.compile("\\$(\\d+)|\\$\\{(\\d+):/(downcase|upcase)}");
    private static final Pattern SPECIAL = Pattern.compile("[\\-\\\\{}*+?|^$.,\\[\\]()#\\s]");
    /** A character no line holds: an anchor that may not match here is replaced by it. */
    private static final String NEVER = "\uFFFF";

    private RegexSource() {
    }

    /** {@code source} with {@code \z} rewritten (lines end with the newline they are given). */
    static String normalize(String source) {
        if (!source.contains("\\z")) {
            return source;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                char next = source.charAt(i + 1);
                out.append(next == 'z' ? "$(?!\\n)(?<!\\n)" : "\\" + next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasAnchor(String source) {
        for (int i = 0; i < source.length() - 1; i++) {
            if (source.charAt(i) == '\\') {
                char next = source.charAt(i + 1);
                if (next == 'A' || next == 'G') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** {@code source} with {@code \A} and {@code \G} left where allowed, else made unmatchable. */
    static String anchored(String source, boolean allowA, boolean allowG) {
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                char next = source.charAt(i + 1);
                if (next == 'A' && !allowA || next == 'G' && !allowG) {
                    out.append(NEVER);
                } else {
                    out.append(c).append(next);
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasBackReferences(String source) {
        return BACK_REFERENCE.matcher(source).find();
    }

    /** {@code source} with each {@code \N} replaced by the text group N captured, escaped. */
    static String withBackReferences(String source, String line, int[] captures) {
        Matcher m = BACK_REFERENCE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int group = Integer.parseInt(m.group(1));
            String text = group * 2 + 1 < captures.length && captures[2 * group] >= 0
                    ? line.substring(captures[2 * group], captures[2 * group + 1]) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(SPECIAL.matcher(text).replaceAll("\\\\$0")));
        }
        m.appendTail(out);
        return out.toString();
    }

    static boolean hasCaptures(String name) {
        return name != null && CAPTURE_REFERENCE.matcher(name).find();
    }

    /** {@code name} with {@code $N} (or {@code ${N:/downcase}}) replaced by group N's text, its leading dots off. */
    static String withCaptures(String name, String line, int[] captures) {
        Matcher m = CAPTURE_REFERENCE.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int group = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            String replacement = m.group();
            if (group * 2 + 1 < captures.length && captures[2 * group] >= 0) {
                String text = line.substring(captures[2 * group], captures[2 * group + 1]);
                int dots = 0;
                while (dots < text.length() && text.charAt(dots) == '.') {
                    dots++;
                }
                text = text.substring(dots);
                if ("downcase".equals(m.group(3))) {
                    text = text.toLowerCase(java.util.Locale.ROOT);
                } else if ("upcase".equals(m.group(3))) {
                    text = text.toUpperCase(java.util.Locale.ROOT);
                }
                replacement = text;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
