package dev.slidejar.style.internal;

import dev.slidejar.js.JsNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value handlers of UnoCSS's preset-mini ({@code h.bracket}, {@code h.rem}, {@code h.fraction}, ...): each
 * turns a token fragment into a CSS value or returns null. {@link #first} chains them as {@code h.a.b.c} does.
 */
public final class Values {
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "^(-?\\d*(?:\\.\\d+)?)(px|pt|pc|%|r?(?:em|ex|lh|cap|ch|ic)|(?:[sld]?v|cq)(?:[whib]|min|max)|in|cm|mm|rpx)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^(-?\\d*(?:\\.\\d+)?)$");
    private static final Pattern UNIT_ONLY = Pattern.compile("^(px|[sld]?v[wh])$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_TYPE =
            Pattern.compile("^\\[(color|image|length|size|position|quoted|string):", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("^(-?[0-9.]+)(s|ms)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEGREE = Pattern.compile("^(-?[0-9.]+)(deg|rad|grad|turn)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSSVAR = Pattern.compile("^\\$[^\\s'\"`;{}]");
    static final List<String> GLOBAL_KEYWORDS = List.of("inherit", "initial", "revert", "revert-layer", "unset");

    private Values() {
    }

    @SafeVarargs
    public static String first(String s, UnaryOperator<String>... handlers) {
        if (s == null) {
            return null;
        }
        for (UnaryOperator<String> handler : handlers) {
            String v = handler.apply(s);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** JavaScript's {@code +n.toFixed(10)}, printed as JavaScript prints numbers. */
    public static String round(double n) {
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            return JsNumber.toString(n);
        }
        return JsNumber.toString(new BigDecimal(n).setScale(10, RoundingMode.HALF_UP).doubleValue());
    }

    private static Double parseFloat(String n) {
        if (n.isEmpty() || n.equals("-") || n.equals(".") || n.equals("-.")) {
            return null;
        }
        return Double.parseDouble(n);
    }

    public static String numberWithUnit(String s) {
        Matcher m = NUMBER_WITH_UNIT.matcher(s);
        if (!m.matches() || m.group(2) == null) {
            return null;
        }
        Double num = parseFloat(m.group(1));
        return num == null ? null : round(num) + m.group(2);
    }

    public static String auto(String s) {
        return s.equals("auto") || s.equals("a") ? "auto" : null;
    }

    public static String rem(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (UNIT_ONLY.matcher(s).matches()) {
            return unitOnly(s);
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Double num = parseFloat(m.group(1));
        if (num == null) {
            return null;
        }
        if (num == 0) {
            return "0";
        }
        return m.group(2) != null ? round(num) + m.group(2) : round(num / 4) + "rem";
    }

    public static String px(String s) {
        if (UNIT_ONLY.matcher(s).matches()) {
            return unitOnly(s);
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Double num = parseFloat(m.group(1));
        if (num == null) {
            return null;
        }
        return round(num) + (m.group(2) != null ? m.group(2) : "px");
    }

    private static String unitOnly(String unit) {
        return (unit.equalsIgnoreCase("px") ? "1" : "100") + unit;
    }

    public static String number(String s) {
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        Double num = parseFloat(s);
        return num == null ? null : round(num);
    }

    public static String percent(String s) {
        String v = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
        if (!NUMBER.matcher(v).matches()) {
            return null;
        }
        Double num = parseFloat(v);
        return num == null ? null : round(num / 100);
    }

    public static String fraction(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals("full")) {
            return "100%";
        }
        String[] parts = s.split("/", -1);
        if (parts.length < 2) {
            return null;
        }
        Double left = jsParseFloat(parts[0]);
        Double right = jsParseFloat(parts[1]);
        if (left == null || right == null || Double.isNaN(left / right)) {
            return null;
        }
        double num = left / right;
        return num == 0 ? "0" : round(num * 100) + "%";
    }

    /** JavaScript's lenient {@code parseFloat}: the longest numeric prefix, or null for NaN. */
    private static Double jsParseFloat(String s) {
        Matcher m = Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)").matcher(s);
        return m.find() ? Double.parseDouble(m.group(1)) : null;
    }

    public static String time(String s) {
        Matcher m = TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Double num = jsParseFloat(m.group(1));
        if (num == null) {
            return null;
        }
        if (num == 0 && m.group(2) == null) {
            return "0s";
        }
        return round(num) + (m.group(2) != null ? m.group(2) : "ms");
    }

    public static String degree(String s) {
        Matcher m = DEGREE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        Double num = jsParseFloat(m.group(1));
        if (num == null) {
            return null;
        }
        if (num == 0) {
            return "0deg";
        }
        return round(num) + (m.group(2) != null ? m.group(2) : "deg");
    }

    public static String global(String s) {
        return GLOBAL_KEYWORDS.contains(s) ? s : null;
    }

    public static String cssvar(String s) {
        if (!CSSVAR.matcher(s).find()) {
            return null;
        }
        String body = s.substring(1);
        int comma = body.indexOf(',');
        String name = comma < 0 ? body : body.substring(0, comma);
        String fallback = comma < 0 ? "" : body.substring(comma + 1);
        return "var(--" + CssEscape.selector(name) + (fallback.isEmpty() ? "" : ", " + fallback) + ")";
    }

    public static String bracket(String s) {
        return bracketWithType(s, null);
    }

    public static String bracketOfColor(String s) {
        return bracketWithType(s, "color");
    }

    public static String bracketOfLength(String s) {
        return bracketWithType(s, "length");
    }

    /** {@code [value]}: underscores become spaces, a leading {@code --name} becomes {@code var(--name)}. */
    private static String bracketWithType(String s, String requiredType) {
        if (s == null || !s.startsWith("[") || !s.endsWith("]") || s.length() < 2) {
            return null;
        }
        String base;
        String hinted = null;
        Matcher m = BRACKET_TYPE.matcher(s);
        if (!m.find()) {
            base = s.substring(1, s.length() - 1);
        } else {
            if (requiredType == null) {
                hinted = m.group(1);
            }
            base = s.substring(m.end(), s.length() - 1);
        }
        if (base.isEmpty() || base.equals("=\"\"")) {
            return null;
        }
        if (base.startsWith("--")) {
            base = "var(" + base + ")";
        }
        int depth = 0;
        for (char c : base.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return null;
            }
        }
        if (depth != 0) {
            return null;
        }
        String spaced = base.replaceAll("(^|[^\\\\])_", "$1 ").replace("\\_", "_");
        if ("string".equals(hinted)) {
            return spaced;
        }
        if ("quoted".equals(hinted)) {
            return "\"" + spaced.replaceAll("([\"\\\\])", "\\\\$1") + "\"";
        }
        return MathSpacing.apply(spaced);
    }
}
