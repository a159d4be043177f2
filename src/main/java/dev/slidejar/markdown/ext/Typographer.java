package dev.slidejar.markdown.ext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * What markdown-it's typographer ({@code typographer: true}, as unplugin-vue-markdown sets it for Slidev's slides)
 * makes of a slide's text: its replacements ({@code (c)} ©, {@code (tm)} ™, {@code (r)} ®, {@code +-} ±, {@code ...}
 * …, {@code --} –, {@code ---} —) and its smart quotes with the quotes Slidev gives it ({@code ""''}: quotation marks
 * stay straight), so that only an apostrophe changes: {@code didn't} becomes {@code didn’t}. The rules are
 * markdown-it's, run over each block's inline text as markdown-it sees it: a flat sequence of text, code and HTML
 * pieces, line breaks, and the nesting of emphasis and links. Code, raw HTML and the text of autolinks are left
 * alone. Presenter notes and titles are not typographed (Slidev renders them with a markdown-it of its own).
 */
public final class Typographer {
    private static final char APOSTROPHE = '\u2019';
    private static final Pattern RARE = Pattern.compile("\\+-|\\.\\.|\\?\\?\\?\\?|!!!!|,,|--");
    private static final Pattern SCOPED = Pattern.compile("\\((c|tm|r)\\)", Pattern.CASE_INSENSITIVE);

    private Typographer() {
    }

    /** Applies the typographer to every paragraph, heading and other inline container under {@code document}. */
    public static void apply(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            visitBlock(block);
        }
    }

    private static void visitBlock(Node block) {
        if (block instanceof Paragraph || block instanceof Heading || isTableCell(block)) {
            List<Piece> pieces = new ArrayList<>();
            flatten(block, 0, false, pieces);
            replacements(pieces);
            smartQuotes(pieces);
            for (Piece p : pieces) {
                if (p.text != null && !p.text.getLiteral().equals(p.content)) {
                    p.text.setLiteral(p.content);
                }
            }
            return;
        }
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            visitBlock(child);
        }
    }

    private static boolean isTableCell(Node node) {
        return node.getClass().getSimpleName().equals("TableCell");
    }

    /** One of markdown-it's inline tokens: text (with its node), other content, a line break, or an open/close. */
    private static final class Piece {
        final Text text;
        String content;
        final boolean lineBreak;
        final int level;
        final boolean inAutolink;

        Piece(Text text, String content, boolean lineBreak, int level, boolean inAutolink) {
            this.text = text;
            this.content = content;
            this.lineBreak = lineBreak;
            this.level = level;
            this.inAutolink = inAutolink;
        }
    }

    private static void flatten(Node parent, int level, boolean autolink, List<Piece> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                into.add(new Piece(t, t.getLiteral(), false, level, autolink));
            } else if (n instanceof Code c) {
                into.add(new Piece(null, c.getLiteral(), false, level, autolink));
            } else if (n instanceof HtmlInline h) {
                into.add(new Piece(null, h.getLiteral(), false, level, autolink));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                into.add(new Piece(null, "", true, level, autolink));
            } else if (n instanceof Image) {
                into.add(new Piece(null, "", false, level, autolink)); // its alt text is not in the sequence
            } else {
                // emphasis, links and the like: an opening and a closing token without content around the children
                boolean auto = autolink || n instanceof Link link && isAutolink(link);
                into.add(new Piece(null, "", false, level, autolink));
                flatten(n, level + 1, auto, into);
                into.add(new Piece(null, "", false, level, autolink));
            }
        }
    }

    /** A link whose text is its destination ({@code <https://...>}, or linkified). */
    private static boolean isAutolink(Link link) {
        return link.getFirstChild() instanceof Text t && t.getNext() == null
                && (link.getDestination().equals(t.getLiteral()) || link.getDestination().equals("mailto:"
                + t.getLiteral()) || link.getDestination().equals("http://" + t.getLiteral()));
    }

    /** markdown-it's {@code replacements} rule. */
    private static void replacements(List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.text == null || p.inAutolink) {
                continue;
            }
            String s = p.content;
            if (SCOPED.matcher(s).find()) {
                s = SCOPED.matcher(s).replaceAll(m -> switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "c" -> "©";
                    case "r" -> "®";
                    default -> "™";
                });
            }
            if (RARE.matcher(s).find()) {
                s = s.replace("+-", "±")
                        .replaceAll("\\.{2,}", "…").replaceAll("([?!])…", "$1..")
                        .replaceAll("([?!]){4,}", "$1$1$1").replaceAll(",{2,}", ",")
                        .replaceAll("(?m)(^|[^-])---(?=[^-]|$)", "$1\u2014")
                        .replaceAll("(?m)(^|\\s)--(?=\\s|$)", "$1\u2013")
                        .replaceAll("(?m)(^|[^-\\s])--(?=[^-\\s]|$)", "$1\u2013");
            }
            p.content = s;
        }
    }

    /** An opening quote waiting for its close. */
    private record Open(int piece, int pos, boolean single, int level) {
    }

    /**
     * markdown-it's {@code smartquotes} rule with the quotes {@code ""''}: a pair of quotes stays as written; a single
     * quote that can neither open nor close (inside a word: {@code didn't}), or closes none, becomes an apostrophe.
     */
    private static void smartQuotes(List<Piece> pieces) {
        List<Open> stack = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece token = pieces.get(i);
            int level = token.level;
            for (int j = stack.size() - 1; j >= 0 && stack.get(j).level() > level; j--) {
                stack.remove(j);
            }
            if (token.text == null) {
                continue;
            }
            String text = token.content;
            outer:
            for (int pos = 0; pos < text.length(); pos++) {
                char q = text.charAt(pos);
                if (q != '\'' && q != '"') {
                    continue;
                }
                boolean single = q == '\'';
                int last = pos > 0 ? text.charAt(pos - 1) : neighbour(pieces, i, -1);
                int next = pos + 1 < text.length() ? text.charAt(pos + 1) : neighbour(pieces, i, +1);
                boolean lastPunct = isPunct(last);
                boolean nextPunct = isPunct(next);
                boolean lastSpace = isSpace(last);
                boolean nextSpace = isSpace(next);
                boolean canOpen = true;
                boolean canClose = true;
                if (nextSpace) {
                    canOpen = false;
                } else if (nextPunct && !(lastSpace || lastPunct)) {
                    canOpen = false;
                }
                if (lastSpace) {
                    canClose = false;
                } else if (lastPunct && !(nextSpace || nextPunct)) {
                    canClose = false;
                }
                if (next == '"' && q == '"' && last >= '0' && last <= '9') {
                    canClose = canOpen = false; // 1"2 inch
                }
                if (canOpen && canClose) {
                    // in a run of punctuation, not inside a word
                    canOpen = lastPunct;
                    canClose = nextPunct;
                }
                if (!canOpen && !canClose) {
                    if (single) {
                        text = replaceAt(text, pos, APOSTROPHE);
                    }
                    continue;
                }
                if (canClose) {
                    for (int j = stack.size() - 1; j >= 0; j--) {
                        Open open = stack.get(j);
                        if (open.level() < level) {
                            break;
                        }
                        if (open.single() == single && open.level() == level) {
                            // the quotes Slidev sets are the straight ones: the pair stays as written
                            stack.subList(j, stack.size()).clear();
                            continue outer;
                        }
                    }
                }
                if (canOpen) {
                    stack.add(new Open(i, pos, single, level));
                } else if (canClose && single) {
                    text = replaceAt(text, pos, APOSTROPHE);
                }
            }
            token.content = text;
        }
    }

    /** The character next to piece {@code i} in direction {@code step}: a space across a line break. */
    private static int neighbour(List<Piece> pieces, int i, int step) {
        for (int j = i + step; j >= 0 && j < pieces.size(); j += step) {
            Piece p = pieces.get(j);
            if (p.lineBreak) {
                return ' ';
            }
            if (p.content.isEmpty()) {
                continue;
            }
            return step < 0 ? p.content.charAt(p.content.length() - 1) : p.content.charAt(0);
        }
        return ' ';
    }

    private static String replaceAt(String s, int at, char c) {
        return s.substring(0, at) + c + s.substring(at + 1);
    }

    /** markdown-it's {@code isWhiteSpace}: Unicode Zs, tab, line breaks and a few others. */
    private static boolean isSpace(int c) {
        if (c >= 0x2000 && c <= 0x200A) {
            return true;
        }
        return switch (c) {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000 -> true;
            default -> false;
        };
    }

    /** markdown-it's {@code isMdAsciiPunct} or {@code isPunctChar} (Unicode punctuation and symbols). */
    private static boolean isPunct(int c) {
        if (c < 0x80) {
            return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_SYMBOL;
    }
}
