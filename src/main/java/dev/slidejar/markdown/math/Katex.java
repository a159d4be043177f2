package dev.slidejar.markdown.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.slidejar.markdown.TextCache;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;

/**
 * TeX to HTML as Slidev renders math: KaTeX 0.18.11 ({@code renderToString} with {@code strict: false}), run in
 * Rhino from the bundled copy that {@code tools/vendor-assets.mjs} compiled to ES5. Starting the engine takes about
 * a second, so it starts on the first formula that is not in the cache ({@link TextCache}, by KaTeX's version,
 * the mode and the TeX); a deck without math never starts it. Any number of threads may
 * render; the engine renders one formula at a time.
 */
public final class Katex {
    /**
     * KaTeX's version, and that of the way it is run here: part of the key of every formula kept
     * ({@link TextCache}), so change it with any change to what this class writes.
     */
    public static final String VERSION = "katex-0.18.11/1";
    private static final String RESOURCE = "/dev/slidejar/assets/katex/katex.js.gz";
    private static final Object LOCK = new Object();
    private static Scriptable scope;
    private static Function render;

    private final TextCache cache;

    private Katex(TextCache cache) {
        this.cache = cache;
    }

    /** Renders with the formulas kept in {@code cache}. */
    public static Katex cachedIn(TextCache cache) {
        return new Katex(cache);
    }

    /**
     * The HTML of {@code tex} (display math when {@code display}, else inline), or empty when KaTeX cannot parse
     * it (Slidev then shows the TeX as it is).
     */
    public Optional<String> render(String tex, boolean display) {
        String key = TextCache.key("katex", VERSION, display ? "display" : "inline", tex);
        Optional<String> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached;
        }
        String html = renderNow(tex, display);
        if (html == null) {
            return Optional.empty();
        }
        cache.put(key, html);
        return Optional.of(html);
    }

    private static String renderNow(String tex, boolean display) {
        synchronized (LOCK) {
            Context cx = Context.enter();
            try {
                cx.setInterpretedMode(true);
                cx.setLanguageVersion(Context.VERSION_ES6);
                if (scope == null) {
                    start(cx);
                }
                Object result = render.call(cx, scope, scope, new Object[] {tex, display});
                return result instanceof String s ? s : null;
            } finally {
                Context.exit();
            }
        }
    }

    private static void start(Context cx) {
        String source;
        try (InputStream in = new GZIPInputStream(Katex.class.getResourceAsStream(RESOURCE))) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Scriptable s = cx.initStandardObjects();
        cx.evaluateString(s, "var self = this; var module = { exports: {} }; var exports = module.exports;",
                "katex-module", 1, null);
        cx.evaluateString(s, source, "katex.js", 1, null);
        render = (Function) cx.evaluateString(s, """
                (function () {
                  var katex = module.exports['default'] || module.exports;
                  return function (tex, display) {
                    try {
                      return katex.renderToString(tex, { strict: false, displayMode: display });
                    } catch (e) {
                      return null;
                    }
                  };
                })()""", "katex-render", 1, null);
        scope = s;
    }

}
