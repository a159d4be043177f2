package dev.slidejar.deck;

import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import dev.slidejar.js.JsText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file into slides at {@code ---} lines, as Slidev 53's parser does: a separator followed
 * by a non-blank line opens a frontmatter block that runs to the next {@code ---} line; separators inside
 * backtick code fences and HTML comments do not split.
 */
public final class SlideSplitter {
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    private static final Pattern YAML_KEY = Pattern.compile("^[\\w\"'$-][^:]*:(\\s|$)");
    private static final Pattern LEADING_BACKTICKS = Pattern.compile("^[" + JsText.WHITESPACE_CLASS + "]*`+");

    private SlideSplitter() {
    }

    public static MarkdownFile split(SourceFile file) {
        return new Run(file).split();
    }

    /** The lines of a text as Slidev counts them: split at {@code \n} or {@code \r\n}, trailing empty kept. */
    public static String[] lines(String text) {
        return LINE_BREAK.split(text, -1);
    }

    /** The state of one split. */
    private static final class Run {
        private final SourceFile file;
        private final String[] lines;
        private final List<SourceSlide> slides = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        private int start;
        private int contentStart;

        Run(SourceFile file) {
            this.file = file;
            this.lines = lines(file.text());
        }

        MarkdownFile split() {
            boolean inHtmlComment = false;
            for (int i = 0; i < lines.length; i++) {
                String rawLine = lines[i];
                String line = JsText.trimEnd(rawLine);
                if (inHtmlComment) {
                    inHtmlComment = advanceHtmlComment(rawLine, true);
                    continue;
                }
                if (line.startsWith("---")) {
                    slice(i);
                    boolean frontmatterFollows = i + 1 < lines.length && !JsText.isBlank(lines[i + 1]);
                    if ((line.length() < 4 || line.charAt(3) != '-') && frontmatterFollows) {
                        start = i;
                        for (i += 1; i < lines.length; i++) {
                            if (JsText.trimEnd(lines[i]).equals("---")) {
                                break;
                            }
                        }
                        if (i == lines.length) {
                            reportUnclosed(start);
                        }
                        contentStart = i + 1;
                    }
                } else if (JsText.trimStart(line).startsWith("```")) {
                    Matcher m = LEADING_BACKTICKS.matcher(line);
                    String fence = m.find() ? m.group() : "```";
                    int j = i + 1;
                    while (j < lines.length && !lines[j].startsWith(fence)) {
                        j++;
                    }
                    if (j != lines.length) {
                        i = j;
                    }
                } else {
                    inHtmlComment = advanceHtmlComment(rawLine, false);
                }
            }
            if (start <= lines.length - 1) {
                slice(lines.length);
            }
            return new MarkdownFile(file, slides, diagnostics);
        }

        /**
         * A frontmatter block that runs to the end of the file. Slidev shows its lines as the slide's text; that
         * is an error when they look like YAML, and worth a warning when they look like Markdown.
         */
        private void reportUnclosed(int openLineIndex) {
            String first = "";
            for (int k = openLineIndex + 1; k < lines.length && first.isEmpty(); k++) {
                first = JsText.trim(lines[k]);
            }
            SourcePos pos = SourcePos.ofLineIndex(file.userPath(), openLineIndex);
            if (YAML_KEY.matcher(first).find()) {
                diagnostics.add(Diagnostic.error(pos, "frontmatter block is never closed: no --- line after it")
                        .withHint("end the frontmatter with a --- line"));
            } else {
                diagnostics.add(Diagnostic.warning(pos, "--- directly followed by text at the end of the file: "
                        + "the text is the slide's content, as in Slidev")
                        .withHint("leave a blank line after --- to make that explicit"));
            }
        }

        private void slice(int end) {
            if (start == end) {
                return;
            }
            String raw = String.join("\n", java.util.Arrays.asList(lines).subList(start, end));
            SlideParser.Parsed parsed = SlideParser.parse(file, start, raw);
            slides.add(parsed.toSourceSlide(file, slides.size(), start, contentStart, end));
            diagnostics.addAll(parsed.diagnostics());
            start = end + 1;
            contentStart = end + 1;
        }
    }

    /** Whether a line leaves us inside an HTML comment, given whether it started inside one. */
    static boolean advanceHtmlComment(String line, boolean inComment) {
        int cursor = 0;
        while (cursor < line.length()) {
            if (inComment) {
                int end = line.indexOf("-->", cursor);
                if (end < 0) {
                    return true;
                }
                inComment = false;
                cursor = end + 3;
            } else {
                int open = line.indexOf("<!--", cursor);
                if (open < 0) {
                    return false;
                }
                int end = line.indexOf("-->", open + 4);
                if (end < 0) {
                    return true;
                }
                cursor = end + 3;
            }
        }
        return inComment;
    }
}
