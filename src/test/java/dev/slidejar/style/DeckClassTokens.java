package dev.slidejar.style;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class tokens a deck's Markdown uses, as Slidejar will hand them to {@link UtilityCss}: {@code class="..."}
 * attributes, {@code class:} frontmatter values, string literals in {@code :class} bindings, and attributify
 * attributes on HTML elements and Slidev's built-in components ({@code <div mt-3>} → {@code mt-3},
 * {@code text="sm gray"} → {@code text-sm text-gray}, {@code hover="bg-white"} → {@code hover:bg-white}).
 * Code blocks and inline code are left out: their text is shown, not rendered. Tags are read Vue-style (a
 * {@code />} closes any element), not as an HTML parser would (an {@code <iframe />} there swallows the rest).
 */
final class DeckClassTokens {
    private static final Pattern FENCE = Pattern.compile("^(```+|~~~+).*?^\\1\\s*$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern CLASS_FRONTMATTER = Pattern.compile("^class:\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** A start tag (Vue-style: {@code <x ... />} closes itself, even an iframe) and its attributes. */
    private static final Pattern TAG = Pattern.compile(
            "<([A-Za-z][\\w:.-]*)((?:\\s+[^\\s=>/\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=>/\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");
    /** Elements whose unknown attributes are attributify utilities: HTML and Slidev's built-ins. */
    private static final Set<String> ATTRIBUTIFY_TAGS = Set.of("div", "span", "p", "img", "a", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "section", "small", "strong", "em", "b", "i", "u", "s", "code", "pre", "table",
            "thead", "tbody", "tr", "td", "th", "blockquote", "br", "hr", "sup", "sub", "kbd", "figure", "figcaption",
            "video", "source", "iframe", "button", "input", "label", "v-click", "v-clicks", "v-after", "v-drag",
            "v-drag-arrow", "v-switch");
    /** Attributes with an HTML, Vue or Slidev meaning, never utilities. */
    private static final Set<String> NOT_UTILITIES = Set.of("class", "style", "src", "href", "alt", "target", "id",
            "type", "controls", "muted", "autoplay", "loop", "playsinline", "poster", "width", "height", "allow",
            "allowfullscreen", "frameborder", "accept", "onchange", "name", "title", "rel", "value", "placeholder",
            "colspan", "rowspan", "for", "depth", "at", "every", "pos", "two-way", "hide", "fade");
    private static final Set<String> VARIANT_ATTRIBUTES = Set.of("hover", "focus", "active", "first", "last", "dark",
            "light", "sm", "md", "lg", "xl", "2xl");

    private DeckClassTokens() {
    }

    /** The Markdown files of every deck under {@code decks}: slides.md, pages/*.md, reuse/*.md. */
    static List<Path> markdownFiles(Path decks) throws IOException {
        try (Stream<Path> files = Files.walk(decks, 3)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        Path rel = decks.relativize(p);
                        return rel.getNameCount() == 2 && rel.getFileName().toString().equals("slides.md")
                                || rel.getNameCount() == 3 && Set.of("pages", "reuse").contains(rel.getName(1).toString());
                    })
                    .sorted().toList();
        }
    }

    static Set<String> of(String markdown) {
        String text = INLINE_CODE.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        Set<String> tokens = new TreeSet<>();
        Matcher fm = CLASS_FRONTMATTER.matcher(text);
        while (fm.find()) {
            split(fm.group(1).strip().replaceAll("^['\"]|['\"]$", ""), tokens);
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3)
                        : a.group(4) != null ? a.group(4) : "";
                attribute(tag.group(1).toLowerCase(java.util.Locale.ROOT), a.group(1).toLowerCase(java.util.Locale.ROOT),
                        value, tokens);
            }
        }
        return tokens;
    }

    private static void attribute(String tag, String name, String value, Set<String> tokens) {
        if (name.equals("class")) {
            split(value, tokens);
        } else if (name.equals(":class")) {
            Matcher q = QUOTED.matcher(value);
            while (q.find()) {
                split(q.group(1), tokens);
            }
        } else if (ATTRIBUTIFY_TAGS.contains(tag) && !NOT_UTILITIES.contains(name)
                && !name.matches("^(v-|:|@|#|data-|aria-).*")) {
            if (value.isEmpty()) {
                tokens.add(name);
                return;
            }
            String separator = VARIANT_ATTRIBUTES.contains(name) ? ":" : "-";
            for (String part : value.strip().split("\\s+")) {
                tokens.add(part.equals("~") ? name : name + separator + part);
            }
        }
    }

    private static void split(String classes, Set<String> tokens) {
        for (String t : classes.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
    }
}
