package dev.slidejar.render;

/**
 * What the page template sees: one slide's page of the built site.
 *
 * @param head what its {@code <head>} says of the deck
 * @param rootPrefix the way from this page to the site root ({@code ""} or {@code "../"})
 * @param layoutHtml the slide, rendered by its layout
 * @param notesHtml the presenter notes as HTML, or null
 * @param prevHref the previous slide's page, or null on the first
 * @param nextHref the next slide's page, or null on the last
 * @param canonicalUrl the absolute URL of this slide when the site's base is known ({@code --base} with a host),
 *     else null
 */
public record PageView(PageHead head, String htmlClass, String title, String canonicalUrl,
        String rootPrefix, int canvasWidth, int canvasHeight, int no, int total, String layoutHtml, String notesHtml,
        String prevHref, String nextHref, int clicks, String transition, Presenting presenting) {

    /**
     * What the runtime needs to know of the deck on every page.
     *
     * @param deckId names the BroadcastChannel that keeps the tabs of this deck in step
     * @param colorSchema {@code auto}, {@code light} or {@code dark}
     * @param presenter whether presenter pages exist ({@code presenter: false} turns them off)
     * @param download the PDF the controls offer ({@code download:}), relative to the site root, or null
     */
    public record Presenting(String deckId, String colorSchema, boolean presenter, String download) {
    }

    /** Whether the slide shows a diagram the runtime draws (a {@code ```mermaid} block). */
    public boolean diagrams() {
        return layoutHtml.contains("class=\"slidejar-mermaid\"");
    }

    /** A file of the site's {@code assets/} folder, as this page must link it. */
    public String asset(String path) {
        return rootPrefix + "assets/" + path;
    }

    /**
     * Runs before the page is first shown: sets the scale that fits the slide canvas into the window, marks the
     * view the page is shown in for {@code <RenderWhen>} ({@code data-slidejar-context}: {@code ?context=} as the
     * presenter and the overview ask, else {@code print} for {@code ?print}; none on a slide shown as itself), and
     * picks the transition to play when the page is revealed ({@code runtime/reveal.js}; it must be listening before
     * the first frame, which a deferred script may miss). First, a link made for a deck with Slidev's
     * {@code routerMode: hash} ({@code #/3?clicks=1}, {@code #/presenter/3}) goes on to the page it means.
     */
    public String headScript() {
        return "(function(){"
                // a link to a deck with Slidev's routerMode: hash (/#/3?clicks=1, /#/presenter/3) goes to that page
                + "var r=/^#\\/(\\d+|(?:presenter|notes)\\/\\d+|overview|print|toc)\\/?(\\?.*)?$/.exec(location.hash);"
                + "if(r){location.replace('" + Routes.ROOT + "'+r[1]+'/index.html'+(r[2]||''));return;}"
                + "var w=" + canvasWidth + ",h=" + canvasHeight + ";function fit(){"
                + "document.documentElement.style.setProperty('--slidev-slide-scale',"
                + "Math.min(innerWidth/w,innerHeight/h));}fit();addEventListener('resize',fit);"
                + "var q=new URLSearchParams(location.search),c=q.get('context')"
                + "||(q.has('print')&&q.get('print')!=='false'?'print':'');"
                + "if(/^(" + MARKED_VIEWS + ")$/.test(c))"
                + "document.documentElement.setAttribute('data-slidejar-context',c);})();\n" + REVEAL;
    }

    private static final String REVEAL = resource("/runtime/reveal.js");
    /** The views {@link #headScript} marks: those of {@link Components#VIEWS} but a slide shown as itself. */
    private static final String MARKED_VIEWS = String.join("|",
            Components.VIEWS.stream().filter(view -> !view.equals("slide")).toList());

    private static String resource(String name) {
        try (var in = PageView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
