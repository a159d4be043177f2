package dev.slidejar.markdown.ext;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line ranges of a highlighted code block ({@code 1,3-5}, {@code all}, {@code none}, {@code 4-}) and the
 * options after them ({@code {at:2, finally:'last', startLine:5}}), read as Slidev reads them.
 */
public final class CodeRanges {
    private CodeRanges() {
    }

    /** The line numbers (1 up, at most {@code total}) that {@code range} names, as Slidev's parseRangeString. */
    public static Set<Integer> lines(int total, String range) {
        Set<Integer> out = new TreeSet<>();
        String r = range == null ? "" : range.trim();
        if (r.isEmpty() || r.equals("all") || r.equals("*")) {
            for (int i = 1; i <= total; i++) {
                out.add(i);
            }
            return out;
        }
        if (r.equals("none")) {
            return out;
        }
        for (String part : r.split("[,;]")) {
            try {
                if (!part.contains("-")) {
                    out.add(Integer.parseInt(part.trim()));
                } else {
                    String[] ends = part.split("-", 2);
                    int from = Integer.parseInt(ends[0].trim());
                    int to = ends[1].isBlank() ? total : Integer.parseInt(ends[1].trim());
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                }
            } catch (NumberFormatException e) {
                // a part that is no number names no line
            }
        }
        out.removeIf(i -> i > total);
        return out;
    }

    /** An option's value in {@code {key: value, ...}} without its quotes, or null. */
    static String option(String options, String key) {
        Matcher m = Pattern.compile("(?:^|[{,\\s])" + Pattern.quote(key) + "\\s*:\\s*('[^']*'|\"[^\"]*\"|[^,}\\s]+)")
                .matcher(options);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1);
        return v.length() >= 2 && (v.charAt(0) == '\'' || v.charAt(0) == '"') ? v.substring(1, v.length() - 1) : v;
    }

    static int intOption(String options, String key, int fallback) {
        String v = option(options, key);
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * The attributes that tell the clicks and the runtime about a block's ranges (none without ranges): the ranges,
     * the options {@code at} and {@code finally} as written, the first line's number when it is not 1.
     */
    static String attributes(List<String> ranges, String options) {
        if (ranges.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" data-slidejar-ranges=\"").append(escape(json(ranges))).append('"');
        for (String option : new String[] {"at", "finally"}) {
            String value = option(options, option);
            if (value != null) {
                out.append(" data-slidejar-ranges-").append(option).append("=\"").append(escape(value)).append('"');
            }
        }
        int startLine = intOption(options, "startLine", 1);
        if (startLine != 1) {
            out.append(" data-slidejar-start-line=\"").append(startLine).append('"');
        }
        return out.toString();
    }

    /** The range shown with every click done: {@code finally}, else the last; null without ranges. */
    static String last(List<String> ranges, String options) {
        String last = option(options, "finally");
        return ranges.isEmpty() ? null : last != null ? last : ranges.get(ranges.size() - 1);
    }

    /** {@code s} as the text or a quoted attribute value of HTML. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The ranges as a JSON array of strings. */
    static String json(List<String> ranges) {
        StringBuilder out = new StringBuilder("[");
        for (String r : ranges) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(r.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append(']').toString();
    }
}
