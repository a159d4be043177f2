package dev.slidejar.render;

import dev.slidejar.markdown.SlideHtml;
import dev.slidejar.style.Icon;
import dev.slidejar.style.Icons;
import dev.slidejar.style.UtilityCss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;

/**
 * What Vue and Slidev's plugins do to a slide's HTML, done once at build time: icons become inline SVG,
 * components are drawn ({@link Components}, and as the elements they render {@link Builtins}), attributify
 * utilities become classes, {@code <style>} is scoped to the slide, {@code {{ $slidev... }}} is evaluated, local
 * URLs are rewritten for the page, unknown components render their default slot, and white space is condensed as
 * Vue condenses it.
 */
final class SlideDom {
    /** Attributify names that stand for variants: {@code hover="bg-white"} means {@code hover:bg-white}. */
    private static final Set<String> VARIANT_ATTRS = Set.of("hover", "focus", "active", "dark", "light", "sm", "md",
            "lg", "xl", "2xl", "first", "last", "group-hover", "print");
    /**
     * Real HTML attributes that are never read as utilities. Not {@code border}: UnoCSS reads it as Slidev's decks
     * use it, {@code <div border>} (a border) and {@code <img border="rounded">} (rounded corners).
     */
    private static final Set<String> HTML_ATTRS = Set.of("id", "class", "style", "href", "src", "alt", "title",
            "width", "height", "target", "rel", "type", "name", "value", "controls", "muted", "autoplay", "loop",
            "allow", "allowfullscreen", "frameborder", "lang", "dir", "role", "tabindex", "hidden", "disabled",
            "checked", "colspan", "rowspan", "start", "for", "download", "poster", "preload", "srcset", "sizes",
            "loading", "referrerpolicy", "sandbox", "scrolling", "align", "valign", "color", "face",
            "content", "data", "open", "selected", "placeholder", "readonly", "required", "maxlength", "size",
            "span", "headers", "scope", "cite", "datetime", "label", "kind", "shape", "coords", "media", "accept",
            "viewbox", "xmlns", "fill", "stroke", "d");
    private static final Pattern SLIDE_ROUTE = Pattern.compile("^/?(\\d+)/?$");
    private static final Pattern FILE_LIKE = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern INTERPOLATION = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    /** The transformed slots and what the page needs besides them. */
    record Result(Map<String, String> slots, String css, Set<String> classTokens, int clicks) {
    }

    private final int no;
    private final DeckContext deck;
    private final Map<String, Object> frontmatter;
    private final UrlResolver urls;
    private final StringBuilder css = new StringBuilder();
    private final Clicks clicks = new Clicks();
    private final Set<String> tokens = new LinkedHashSet<>();
    private final Builtins builtins;

    private SlideDom(int no, DeckContext deck, Map<String, Object> frontmatter, UrlResolver urls) {
        this.no = no;
        this.deck = deck;
        this.frontmatter = frontmatter;
        this.urls = urls;
        this.builtins = new Builtins(no, frontmatter);
    }

    static Result transform(SlideHtml html, int no, DeckContext deck, Map<String, Object> frontmatter,
            UrlResolver urls) {
        SlideDom dom = new SlideDom(no, deck, frontmatter, urls);
        // a slide with a <style>: its elements carry the scope's attribute, which its rules ask for (Vue's scoped CSS)
        dom.scoped = html.slots().values().stream().anyMatch(h -> h.contains("<style"));
        Map<String, String> slots = new LinkedHashMap<>();
        for (Map.Entry<String, String> slot : html.slots().entrySet()) {
            slots.put(slot.getKey(), dom.transformSlot(slot.getValue()));
        }
        return new Result(slots, dom.css.toString(), dom.tokens, dom.clicks.total());
    }

    private String transformSlot(String html) {
        Document doc = Jsoup.parseBodyFragment(SelfClosingTags.expand(html));
        Element body = doc.body();
        VueWhitespace.condense(body);
        List<Element> elements = new ArrayList<>(body.getAllElements());
        for (Element e : elements) {
            if (e == body || e.parent() == null) {
                continue;
            }
            if (insideForeignContent(e)) {
                svgAssets(e);
                continue;
            }
            transformElement(e);
        }
        interpolate(body);
        clicks.walk(body);
        if (scoped) {
            for (Element e : body.getAllElements()) {
                if (e != body && !insideForeignContent(e)) {
                    e.attr(ScopedCss.ATTRIBUTE, "");
                }
            }
        }
        doc.outputSettings().prettyPrint(false);
        return body.html();
    }

    /** Whether the slide has a {@code <style>}: then its elements are marked {@link ScopedCss#ATTRIBUTE}. */
    private boolean scoped;

    private void transformElement(Element e) {
        String name = e.normalName();
        if (name.equals("style")) {
            css.append(CssUrls.rewrite(ScopedCss.scope(e.data(), ".slidev-page-" + no), this::cssUrl)).append('\n');
            scoped = true;
            e.remove();
            return;
        }
        if (name.equals("script")) {
            e.remove();
            return;
        }
        if (Components.isComponent(name)) {
            if (Components.expand(e, no, deck)) {
                attributes(e); // its other attributes fall through to the element it became
            }
            return;
        }
        if (!Tag.isKnownTag(name) && isHtml(e)) {
            Optional<Icon> icon = name.indexOf(':') > 0 || name.indexOf('-') > 0 ? Icons.find(name)
                    : Optional.empty();
            if (icon.isPresent()) {
                replaceWithIcon(e, icon.get());
                return;
            }
            if (isClickWrapper(name)) {
                attributes(e);
                return;
            }
            if (builtins.draw(e)) {
                attributes(e); // its other attributes fall through to the element it became
                return;
            }
            // an unknown component: Vue, failing to resolve it, renders an element of that name holding its default
            // slot (as Slidev shows <Marker class="text-blue-400">Case</Marker> of a deck without Marker.vue)
            Components.keepSlot(e, "default");
        }
        attributes(e);
    }

    /** An SVG {@code <image>} or {@code <use>}: its picture's URL as the page must write it (not a {@code #id}). */
    private void svgAssets(Element e) {
        if (e.normalName().equals("image") || e.normalName().equals("use")) {
            for (String key : List.of("href", "xlink:href")) {
                String url = e.attr(key);
                if (!url.isEmpty() && !url.startsWith("#")) {
                    e.attr(key, urls.resolve(url));
                }
            }
        }
    }

    /** A URL of the slide's CSS as the page must write it (one resolved already, by a component, as it is). */
    private String cssUrl(String url) {
        return url.startsWith(Routes.ROOT) ? url : urls.resolve(url);
    }

    /** A {@code srcset}: each candidate's URL resolved, its descriptor ({@code 2x}, {@code 640w}) kept. */
    private String srcset(String value) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            candidates.add(space < 0 ? urls.resolve(trimmed)
                    : urls.resolve(trimmed.substring(0, space)) + trimmed.substring(space));
        }
        return String.join(", ", candidates);
    }

    /** Whether {@code e} is an HTML element: not the root of inline SVG or MathML (which jsoup does not "know"). */
    private static boolean isHtml(Element e) {
        return e.tag().namespace().equals(org.jsoup.parser.Parser.NamespaceHtml);
    }

    private static boolean insideForeignContent(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("svg") || p.normalName().equals("math")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClickWrapper(String name) {
        return name.equals("v-click") || name.equals("v-after") || name.equals("v-clicks") || name.equals("v-switch")
                || name.equals("v-click-gap");
    }

    private void replaceWithIcon(Element e, Icon icon) {
        Map<String, String> attrs = new LinkedHashMap<>();
        if (!e.className().isBlank()) {
            attrs.put("class", e.className());
        }
        if (e.hasAttr("style")) {
            attrs.put("style", e.attr("style"));
        }
        Element svg = Jsoup.parseBodyFragment(icon.svg(attrs)).body().child(0);
        e.replaceWith(svg);
        for (String token : e.classNames()) {
            tokens.add(token);
        }
    }

    /** Vue directives, event handlers and attributify utilities. */
    private void attributes(Element e) {
        List<Attribute> attrs = new ArrayList<>();
        e.attributes().forEach(attrs::add);
        for (Attribute a : attrs) {
            String key = a.getKey();
            String value = a.getValue();
            if (key.startsWith("@") || key.startsWith("v-on:")) {
                e.removeAttr(key);
                String event = key.startsWith("@") ? key.substring(1) : key.substring(5);
                e.attr("data-slidejar-on-" + event, value.trim());
            } else if (key.startsWith(":") || key.startsWith("v-bind:")) {
                e.removeAttr(key);
                String prop = key.startsWith(":") ? key.substring(1) : key.substring(7);
                String literal = stringLiteral(value);
                if (literal != null && !prop.isEmpty()) {
                    e.attr(prop, literal);
                }
            } else if (key.startsWith("#") || key.startsWith("v-slot")) {
                // slot names matter only to <v-switch>'s templates, which Clicks reads and removes
                if (!(e.parent() != null && e.parent().normalName().equals("v-switch"))) {
                    e.removeAttr(key);
                }
            } else if (key.equals("v-drag")) {
                // the v-drag directive: an id of the frontmatter's dragPos, or the position as an array
                e.removeAttr(key);
                String id = stringLiteral(value);
                String pos = id != null ? builtins.dragPos(id)
                        : value.trim().matches("\\[[^\\]]*\\]") ? value.trim().replaceAll("[\\[\\]\\s]", "") : null;
                e.attr("style", e.attr("style") + (e.attr("style").isBlank() ? "" : "; ") + Builtins.dragStyle(pos));
            } else if (key.equals("v-if") || key.equals("v-show") || key.equals("v-for") || key.equals("v-bind")
                    || key.equals("v-html") || key.equals("v-text") || key.equals("v-model")) {
                e.removeAttr(key);
            } else if (!HTML_ATTRS.contains(key) && !key.startsWith("data-") && !key.startsWith("aria-")
                    && !key.startsWith("v-")) {
                attributify(e, key, value);
            }
        }
        // a picture an inline style shows: Vue leaves it as written (a /path breaks under a base), not so here
        if (e.hasAttr("style") && e.attr("style").contains("url(")) {
            e.attr("style", CssUrls.rewrite(e.attr("style"), this::cssUrl));
        }
        // the asset URLs Vue's compiler resolves (its transformAssetUrls defaults)
        if (e.hasAttr("src")) {
            e.attr("src", urls.resolve(e.attr("src")));
        }
        if (e.hasAttr("poster") && e.normalName().equals("video")) {
            e.attr("poster", urls.resolve(e.attr("poster")));
        }
        if (e.hasAttr("srcset") && (e.normalName().equals("img") || e.normalName().equals("source"))) {
            e.attr("srcset", srcset(e.attr("srcset")));
        }
        if (e.normalName().equals("a") && e.hasAttr("href")) {
            e.attr("href", link(e.attr("href")));
        }
    }

    /**
     * A link as the page must write it: {@code /7} (a Slidev route) goes to slide 7's page, a file link
     * ({@code ./paper.pdf}) to the copied file; other links stay as written.
     */
    private String link(String href) {
        if (href.startsWith("#") || href.startsWith("//") || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return href;
        }
        Matcher route = SLIDE_ROUTE.matcher(href);
        if (route.matches()) {
            return Routes.slideHref(Integer.parseInt(route.group(1)));
        }
        String path = href.replaceAll("[?#].*$", "");
        return FILE_LIKE.matcher(path).find() ? urls.resolve(href) : href;
    }

    private void attributify(Element e, String key, String value) {
        List<String> candidates = new ArrayList<>();
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            candidates.add(key);
        } else {
            for (String v : trimmed.split("\\s+")) {
                if (VARIANT_ATTRS.contains(key)) {
                    candidates.add(key + ":" + v);
                } else {
                    candidates.add(v.equals("~") ? key : key + "-" + v);
                }
            }
        }
        UtilityCss.Result known = UtilityCss.generate(candidates);
        for (String c : candidates) {
            if (!known.unknown().contains(c)) {
                e.addClass(c);
            }
        }
    }

    /** {@code 'text'} or {@code "text"} as a JavaScript string literal; null for anything else. */
    static String stringLiteral(String expression) {
        String s = expression.trim();
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"' || s.charAt(0) == '`')
                && s.charAt(s.length() - 1) == s.charAt(0) && s.indexOf(s.charAt(0), 1) == s.length() - 1) {
            return s.substring(1, s.length() - 1);
        }
        return null;
    }

    /** {@code {{ expression }}} in text, for the expressions a deck can know at build time. */
    private void interpolate(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && t.getWholeText().contains("{{")) {
                texts.add(t);
            }
        });
        for (TextNode t : texts) {
            if (insideCode(t)) {
                continue;
            }
            Matcher m = INTERPOLATION.matcher(t.getWholeText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(evaluate(m.group(1).trim())));
            }
            m.appendTail(out);
            t.text(out.toString());
        }
    }

    /** Code is shown as written: Slidev compiles it with {@code v-pre}; math, rendered, escapes its braces. */
    private static boolean insideCode(TextNode t) {
        for (Element p = t.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("code") || p.normalName().equals("pre") || p.hasClass("katex")) {
                return true;
            }
        }
        return false;
    }

    private String evaluate(String expression) {
        String e = expression.replace("$slidev.nav.", "$nav.");
        switch (e) {
            case "$nav.total", "$nav.slides.length" -> {
                return Integer.toString(deck.total());
            }
            case "$nav.currentPage", "$page", "$slidev.nav.currentPage", "$nav.currentSlideNo" -> {
                return Integer.toString(no);
            }
            case "$clicks", "$nav.clicks" -> {
                return "0";
            }
            default -> {
                String literal = stringLiteral(e);
                if (literal != null) {
                    return literal;
                }
                if (e.startsWith("$slidev.configs.")) {
                    Object v = deck.configs().get(e.substring("$slidev.configs.".length()));
                    return v == null ? "" : v.toString();
                }
                if (e.startsWith("$frontmatter.")) {
                    Object v = frontmatter.get(e.substring("$frontmatter.".length()));
                    return v == null ? "" : v.toString();
                }
                if (e.matches("-?\\d+(\\.\\d+)?")) {
                    return e;
                }
                return "";
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
