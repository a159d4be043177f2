package dev.slidejar.deck;

import dev.slidejar.diag.Diagnostic;
import dev.slidejar.js.JsText;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slide's raw text to its parts, as Slidev 53's {@code parseSlide}: frontmatter (a {@code ---} block, else
 * a {@code ```yaml} block at the top), content, notes (the last HTML comment when it ends the slide), title
 * and level.
 */
final class SlideParser {
    /** JavaScript's {@code ^} with the m flag: the start of the input or of a line. */
    private static final String LINE_START = "(?:\\A|(?<=[\\n\\r\\u2028\\u2029]))";
    private static final String NOT_LINE_END = "[^\\n\\r\\u2028\\u2029]";

    private static final Pattern FRONTMATTER = Pattern.compile("\\A---" + NOT_LINE_END + "*\\r?\\n([\\s\\S]*?)---");
    private static final Pattern YAML_BLOCK =
            Pattern.compile("\\A[" + JsText.WHITESPACE_CLASS + "]*```ya?ml([\\s\\S]*?)```");
    private static final Pattern COMMENT = Pattern.compile("<!--([\\s\\S]*?)-->");
    private static final Pattern CODE_BLOCK = Pattern.compile(LINE_START + "```[\\s\\S]+?" + LINE_START + "```");
    private static final Pattern HEADING = Pattern.compile(LINE_START + "(#+) (" + NOT_LINE_END + "*)");

    /** The parts of a slide; positions are added by the splitter. */
    record Parsed(String raw, Map<String, Object> frontmatter, FrontmatterStyle style, String frontmatterRaw,
            String content, String note, Object title, Object level, List<Diagnostic> diagnostics) {

        SourceSlide toSourceSlide(SourceFile file, int index, int start, int contentStart, int end) {
            return new SourceSlide(file, index, start, contentStart, end, raw, frontmatter, style, frontmatterRaw,
                    content, note, title, level);
        }
    }

    private SlideParser() {
    }

    /** Parses {@code raw}, whose first line is line {@code startLineIndex} (0-based) of {@code file}. */
    static Parsed parse(SourceFile file, int startLineIndex, String raw) {
        FrontmatterStyle style = FrontmatterStyle.NONE;
        String yaml = null;
        int yamlOffset = 0;
        String rest = raw;
        Matcher m = FRONTMATTER.matcher(raw);
        if (m.find()) {
            style = FrontmatterStyle.FRONTMATTER;
        } else {
            m = YAML_BLOCK.matcher(raw);
            if (m.find()) {
                style = FrontmatterStyle.YAML;
            }
        }
        if (style != FrontmatterStyle.NONE) {
            yaml = m.group(1);
            yamlOffset = m.start(1);
            rest = raw.substring(0, m.start()) + raw.substring(m.end());
        }

        FrontmatterParser.Result fm = FrontmatterParser.Result.EMPTY;
        if (yaml != null && !yaml.isEmpty()) {
            String before = raw.substring(0, yamlOffset);
            int lineInSlide = count(before, '\n');
            int column = yamlOffset - (before.lastIndexOf('\n') + 1);
            fm = FrontmatterParser.parse(yaml, file.userPath(), startLineIndex + lineInSlide, column);
        }
        Map<String, Object> frontmatter = fm.data();

        String content = JsText.trim(rest);
        String note = null;
        Matcher comments = COMMENT.matcher(content);
        int lastStart = -1;
        int lastEnd = -1;
        String lastBody = null;
        while (comments.find()) {
            lastStart = comments.start();
            lastEnd = comments.end();
            lastBody = comments.group(1);
        }
        if (lastBody != null && lastEnd >= content.length()) {
            note = JsText.trim(lastBody);
            content = JsText.trim(content.substring(0, lastStart));
        }

        Object title;
        Object level = null;
        if (truthy(frontmatter.get("title")) || truthy(frontmatter.get("name"))) {
            title = truthy(frontmatter.get("title")) ? frontmatter.get("title") : frontmatter.get("name");
        } else {
            // the code blocks' lines are no headings (the pattern only where a fence may be: it is slow)
            Matcher heading = HEADING.matcher(content.contains("```") ? CODE_BLOCK.matcher(content).replaceAll("")
                    : content);
            title = null;
            if (heading.find()) {
                title = JsText.trim(heading.group(2));
                level = (long) heading.group(1).length();
            }
        }
        if (truthy(frontmatter.get("level"))) {
            level = frontmatter.get("level");
        }
        return new Parsed(raw, frontmatter, style, yaml, content, note, title, level, fm.diagnostics());
    }

    /** JavaScript truthiness of a value from YAML. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
