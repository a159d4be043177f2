package dev.slidejar.render;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vue templates close any tag with {@code />} ({@code <Toc/>}, {@code <carbon:edit />}); HTML parsers only
 * close void elements that way. This writes such tags out as an open and a close tag before parsing, and renames
 * the component {@code <Link>} (which an HTML parser would take for the void {@code <link>}) to
 * {@code <slidev-link>}.
 */
final class SelfClosingTags {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    private static final Pattern SELF_CLOSING = Pattern.compile(
            "<([A-Za-z][\\w:.\\-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/>");

    private SelfClosingTags() {
    }

    /** Vue components whose names are also HTML tags (which an HTML parser would treat as those). */
    private static final Pattern CLASHING_COMPONENT = Pattern.compile("<(/?)Link(?=[\\s/>])");

    static String expand(String html) {
        html = CLASHING_COMPONENT.matcher(html).replaceAll("<$1slidev-link");
        if (html.indexOf("/>") < 0) {
            return html;
        }
        Matcher m = SELF_CLOSING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String name = m.group(1);
            String replacement = VOID.contains(name.toLowerCase(java.util.Locale.ROOT))
                    ? m.group()
                    : "<" + name + m.group(2) + "></" + name + ">";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
