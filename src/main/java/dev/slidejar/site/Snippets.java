package dev.slidejar.site;

import dev.slidejar.diag.DeckException;
import dev.slidejar.deck.Slide;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slidev's code snippet imports: a line {@code <<< @/snippets/a.ts#name lang {meta}} outside a code fence
 * becomes a fenced code block of that file ({@code @/}: from the deck's folder, else from the slide's file), or
 * of its region {@code name} ({@code // #region name} ... {@code // #endregion name}, in any of the comment styles
 * VitePress knows), dedented; the language is the file's extension unless given. The file must be inside the
 * deck's folder. Read when the slide is rendered, so that an edit of the file renders the slide anew.
 */
final class Snippets {
    private static final Pattern IMPORT = Pattern.compile(
            "^<<<[ \\t]*(\\S.*?)(#[\\w-]+)?[ \\t]*(?:[ \\t](\\S+?))?[ \\t]*(\\{.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    /** Region markers, start and end, each with the region's name as group 1. */
    private static final List<Pattern[]> MARKERS = List.of(
            markers("^\\s*//\\s*#?region\\b\\s*(.*?)\\s*$", "^\\s*//\\s*#?endregion\\b\\s*(.*?)\\s*$"),
            markers("^\\s*<!--\\s*#?region\\b\\s*(.*?)\\s*-->", "^\\s*<!--\\s*#?endregion\\b\\s*(.*?)\\s*-->"),
            markers("^\\s*/\\*\\s*#region\\b\\s*(.*?)\\s*\\*/", "^\\s*/\\*\\s*#endregion\\b\\s*(.*?)\\s*\\*/"),
            markers("^\\s*#[rR]egion\\b\\s*(.*?)\\s*$", "^\\s*#[eE]nd ?[rR]egion\\b\\s*(.*?)\\s*$"),
            markers("^\\s*#\\s*#?region\\b\\s*(.*?)\\s*$", "^\\s*#\\s*#?endregion\\b\\s*(.*?)\\s*$"),
            markers("^\\s*(?:--|::|@?REM)\\s*#region\\b\\s*(.*?)\\s*$",
                    "^\\s*(?:--|::|@?REM)\\s*#endregion\\b\\s*(.*?)\\s*$"),
            markers("^\\s*#pragma\\s+region\\b\\s*(.*?)\\s*$", "^\\s*#pragma\\s+endregion\\b\\s*(.*?)\\s*$"),
            markers("^\\s*\\(\\*\\s*#region\\b\\s*(.*?)\\s*\\*\\)", "^\\s*\\(\\*\\s*#endregion\\b\\s*(.*?)\\s*\\*\\)"));

    private Snippets() {
    }

    private static Pattern[] markers(String start, String end) {
        return new Pattern[] {Pattern.compile(start), Pattern.compile(end)};
    }

    /**
     * The Markdown of {@code slide} with its snippet imports replaced by code blocks.
     *
     * @param root the deck's folder: {@code @/} and the limit of what may be imported
     * @throws DeckException for an import of a file outside {@code root} or of one that cannot be read
     */
    static String expand(Slide slide, Path root) {
        String content = slide.content();
        if (!content.contains("<<<")) {
            return content;
        }
        String[] lines = content.split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        String fence = null;
        for (String line : lines) {
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.substring(f.end()).isBlank()) {
                    fence = null;
                }
                out.add(line);
                continue;
            }
            if (f.find()) {
                fence = f.group(1);
                out.add(line);
                continue;
            }
            Matcher m = IMPORT.matcher(line.strip()); // a \r left of a CRLF line ending too
            out.add(m.matches() ? codeBlock(slide, root, line, m) : line);
        }
        return String.join("\n", out);
    }

    private static String codeBlock(Slide slide, Path root, String line, Matcher m) {
        String file = m.group(1);
        String region = m.group(2);
        String lang = m.group(3) == null ? "" : m.group(3).trim();
        String meta = m.group(4) == null ? "" : m.group(4).trim();
        Path source;
        try {
            source = file.startsWith("@/") ? root.resolve(file.substring(2))
                    : slide.source().file().path().toAbsolutePath().getParent().resolve(file);
        } catch (InvalidPathException e) {
            throw new DeckException(Diagnostic.error(where(slide, line),
                    "code snippet path '" + file + "' is invalid"));
        }
        source = source.toAbsolutePath().normalize();
        if (!source.startsWith(root.toAbsolutePath().normalize())) {
            throw new DeckException(Diagnostic.error(where(slide, line),
                    "code snippet path '" + file + "' escapes the deck's folder"));
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DeckException(Diagnostic.error(where(slide, line), "code snippet '" + file + "' not found"));
        }
        if (region != null) {
            text = region(text, region.substring(1));
        }
        if (lang.isEmpty()) {
            String name = Path.of(file).getFileName() == null ? "" : Path.of(file).getFileName().toString();
            lang = name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : "";
        }
        // a fence longer than any the snippet holds, so that it cannot end the block
        int longest = 2;
        for (String l : text.split("\n", -1)) {
            Matcher inner = FENCE.matcher(l);
            if (inner.find() && inner.group(1).charAt(0) == '`') {
                longest = Math.max(longest, inner.group(1).length());
            }
        }
        String ticks = "`".repeat(longest + 1);
        return ticks + (lang + " " + meta).trim() + "\n" + (text.endsWith("\n") ? text : text + "\n") + ticks;
    }

    /** The lines of {@code text} between the markers of region {@code name}, dedented; all of it without one. */
    static String region(String text, String name) {
        String[] lines = text.split("\r?\n", -1);
        for (int start = 0; start < lines.length; start++) {
            for (Pattern[] marker : MARKERS) {
                if (name.equals(group(marker[0], lines[start]))) {
                    int depth = 1;
                    for (int i = start + 1; i < lines.length; i++) {
                        if (name.equals(group(marker[0], lines[i]))) {
                            depth++;
                            continue;
                        }
                        String end = group(marker[1], lines[i]);
                        if ((name.equals(end) || "".equals(end)) && --depth == 0) {
                            List<String> kept = new ArrayList<>();
                            for (int k = start + 1; k < i; k++) {
                                if (!marker[0].matcher(lines[k]).find() && !marker[1].matcher(lines[k]).find()) {
                                    kept.add(lines[k]);
                                }
                            }
                            return dedent(kept);
                        }
                    }
                    return text; // a region never closed: the whole file, as Slidev
                }
            }
        }
        return text;
    }

    private static String group(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** The lines without the indentation (spaces and tabs) they all share, blank lines aside. */
    private static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                    indent = Math.min(indent, i);
                    break;
                }
            }
        }
        if (indent == Integer.MAX_VALUE) {
            return String.join("\n", lines);
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.length() > indent ? line.substring(indent) : "");
        }
        return String.join("\n", out);
    }

    /** Where the import {@code line} is: its first occurrence in the slide's file after the frontmatter. */
    private static SourcePos where(Slide slide, String line) {
        var source = slide.source();
        String[] fileLines = source.file().text().split("\n", -1);
        for (int i = source.contentStartLineIndex(); i < fileLines.length; i++) {
            if (fileLines[i].stripTrailing().equals(line.stripTrailing())) {
                return SourcePos.ofLineIndex(source.file().userPath(), i);
            }
        }
        return source.pos();
    }
}
