package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A utility with its variants applied (UnoCSS's {@code applyVariants}): the final selector, enclosing at-rule,
 * sort rank and declarations. Variants apply from the innermost (written last) to the outermost.
 */
record Applied(String selector, String parent, Integer parentOrder, int sort, boolean noMerge, List<Decl> decls) {
    private static final Pattern ANCHORED_NUMBER = Pattern.compile("^-?[0-9.]+(?:[a-z]+|%)?$");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9.]+(?:[a-z]+|%)?");
    private static final Pattern IGNORED = Pattern.compile("\\b(opacity|color|flex|backdrop-filter|^filter|transform)\\b");
    private static final Pattern MATH = Pattern.compile("^(calc|clamp|min|max|var)\\s*\\((.+)\\)(.*)");

    /** Null when a negative variant finds nothing to negate (UnoCSS then drops the token). */
    static Applied of(String selector, String ruleSuffix, List<Decl> decls, List<Variant> variants) {
        String prefix = "";
        String sel = selector + ruleSuffix;
        String pseudo = "";
        String parent = null;
        Integer parentOrder = null;
        int sort = 0;
        boolean noMerge = false;
        List<Decl> body = decls;
        for (int i = variants.size() - 1; i >= 0; i--) {
            Variant v = variants.get(i);
            prefix = v.prefix() + prefix;
            sel = sel + v.selectorSuffix();
            pseudo = pseudo + v.pseudo();
            if (v.parent() != null) {
                parent = parent == null ? v.parent() : parent + " $$ " + v.parent();
            }
            if (v.parentOrder() != null) {
                parentOrder = v.parentOrder();
            }
            if (v.sort() != null && v.sort() != 0) {
                sort = v.sort();
            }
            noMerge |= v.noMerge();
            if (v.body() == Variant.Body.IMPORTANT) {
                body = body.stream().map(Decl::important).toList();
            } else if (v.body() == Variant.Body.NEGATIVE) {
                body = negate(body);
                if (body == null) {
                    return null;
                }
            }
        }
        return new Applied(prefix + sel + pseudo, parent, parentOrder, sort, noMerge, body);
    }

    String body() {
        return css(decls);
    }

    /** Declarations as CSS text, a repeated identical declaration written once. */
    static String css(List<Decl> decls) {
        StringBuilder out = new StringBuilder();
        List<Decl> seen = new ArrayList<>();
        for (Decl d : decls) {
            if (d.value() == null || seen.contains(d)) {
                continue;
            }
            seen.add(d);
            out.append(d.css());
        }
        return out.toString();
    }

    private static List<Decl> negate(List<Decl> decls) {
        List<Decl> out = new ArrayList<>();
        boolean changed = false;
        for (Decl d : decls) {
            String value = d.value();
            if (value == null || value.equals("0") || IGNORED.matcher(d.property()).find()) {
                out.add(d);
                continue;
            }
            Matcher math = MATH.matcher(value);
            if (math.matches() && balanced(math.group(2))) {
                String rest = math.group(3);
                out.add(Decl.of(d.property(), "calc(" + (math.group(1).equals("var") ? "var" : math.group(1)) + "("
                        + math.group(2) + ") * -1)" + (rest.isEmpty() ? "" : " " + rest.trim())));
                changed = true;
            } else if (ANCHORED_NUMBER.matcher(value).matches()) {
                Matcher n = NUMBER.matcher(value);
                n.find();
                String num = n.group();
                out.add(Decl.of(d.property(), (num.startsWith("-") ? num.substring(1) : "-" + num) + value.substring(n.end())));
                changed = true;
            } else {
                out.add(d);
            }
        }
        return changed ? out : null;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
