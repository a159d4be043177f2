package dev.slidejar.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slidejar.export.internal.CdpClient.CdpException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One page of the browser: load a URL and wait until it is ready (not network idle: fonts, images, and the
 * runtime's {@code slidejar-ready}), then screenshot it or print it. Streams what it writes to files.
 */
public final class Tab {
    private static final Duration COMMAND = Duration.ofSeconds(30);
    /** Bytes of a printed PDF asked for at once (5.6 MB of base64 in one message): a few round trips, small buffers. */
    private static final int READ_CHUNK = 4 << 20;
    /** Resolves when the page is fit to be captured; returns the images that failed and the slide's clicks. */
    private static final String READY = """
            (async (dark, decode) => {
              const root = document.documentElement;
              if (dark) root.classList.add('dark');
              // undecoded: the load event (which waits for frames too) is awaited at the end of the shrinking
              if (decode && document.readyState !== 'complete') await new Promise(r => addEventListener('load', r, { once: true }));
              const failed = [];
              const fail = i => {
                const p = i.closest('[data-slidev-no]');
                failed.push({ no: p ? +p.getAttribute('data-slidev-no') : 0, src: i.getAttribute('src') });
              };
              const images = [...document.images].filter(i => i.getAttribute('src'));
              images.forEach(i => { i.loading = 'eager'; });
              if (decode) {
                await Promise.all(images.map(i => i.decode().catch(() => fail(i))));
              } else {
                // loaded, not yet decoded (whoever draws them next decodes them); an empty one is decoded to tell
                // a broken image from an SVG without a size of its own
                await Promise.all(images.filter(i => !i.complete).map(i => new Promise(r => {
                  i.addEventListener('load', r, { once: true });
                  i.addEventListener('error', r, { once: true });
                })));
                await Promise.all(images.filter(i => !i.naturalWidth).map(i => i.decode().catch(() => fail(i))));
              }
              // diagrams the runtime draws (Mermaid): drawn, or failed and their error shown
              if (window.slidejarDiagrams) await window.slidejarDiagrams;
              await document.fonts.ready;
              const page = document.querySelector('.slidev-page');
              if (page && !document.body.hasAttribute('data-slidejar-view')) {
                while (!root.classList.contains('slidejar-ready')) await new Promise(r => setTimeout(r, 10));
              }
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              return { failed, slide: !!page, clicks: page ? +(page.getAttribute('data-slidev-clicks-total') || 0) : 0 };
            })(%s, %s)""";

    /**
     * Replaces each image that is much larger than it shows with a copy {@code scale} times its size on the slide
     * (its aspect kept), so that the PDF embeds what a reader can see rather than the camera's original. JPEGs
     * (embedded as they are) and SVGs (drawn as vectors) stay. The copy of a WebP coded lossy and without alpha
     * is a JPEG (quality 0.92: rendered pages differ from lossless copies by SSIM 0.9998 at worst on the seed),
     * which the PDF embeds as it is; Chromium compresses any other picture anew while it prints. Other copies are
     * PNGs. A lossy WebP not much larger than it shows, or shown as an element's background (a layout's
     * {@code image:}), is replaced by a JPEG of its own size the same way (not kept): a deck of such backgrounds
     * exported to 12.6 MB in 5.1 s, now 3.5 MB in 3.7 s. A copy an earlier export made of the same file at the same
     * size is taken from the server instead ({@link ShrinkCache}), and each copy made here is handed to it to keep; an {@code <img>} the server answered
     * with a kept copy in its original's place ({@link StaticServer#serve(Site, ShrinkCache, boolean)}) keeps it
     * only where it is laid out in the box the copy was made for. Images are loaded, not decoded, before the print:
     * printing decodes what it draws (a JPEG it embeds as it is, never), so decoding them here was the same work
     * done twice (a quarter of a second of the seed's first export, its PDF the same bytes). Returns how many were
     * replaced.
     */
    private static final String SHRINK = """
            (async (scale) => {
              // resampled side by side in workers, from the files' bytes (decoded there, at once to the new size)
              const code = `
              // a WebP coded lossy without alpha: its picture in a VP8 chunk (not VP8L), no ALPH chunk, not animated
              const lossy = async (blob) => {
                const b = new Uint8Array(await blob.arrayBuffer());
                const tag = (at) => String.fromCharCode(...b.subarray(at, at + 4));
                if (b.length < 20 || tag(0) !== 'RIFF' || tag(8) !== 'WEBP') return false;
                if (tag(12) === 'VP8X' && (b[20] & 0x12) !== 0) return false; // alpha or animation
                for (let at = 12; at + 8 <= b.length; ) {
                  const chunk = tag(at);
                  if (chunk === 'VP8 ') return true;
                  if (chunk === 'VP8L' || chunk === 'ALPH' || chunk === 'ANIM') return false;
                  const size = (b[at + 4] | b[at + 5] << 8 | b[at + 6] << 16 | b[at + 7] << 24) >>> 0;
                  at += 8 + size + (size & 1);
                }
                return false;
              };
              // w and h 0: at its own size, and only a lossy WebP (as a JPEG), else no copy
              onmessage = async (e) => {
                const { id, blob, w, h } = e.data;
                try {
                  const jpeg = await lossy(blob);
                  if (!w && !jpeg) { postMessage({ id, blob: null }); return; }
                  const bitmap = await (w ? createImageBitmap(blob, { resizeWidth: w, resizeHeight: h, resizeQuality: 'high' })
                    : createImageBitmap(blob));
                  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
                  canvas.getContext('2d').drawImage(bitmap, 0, 0);
                  bitmap.close();
                  postMessage({ id, blob: await canvas.convertToBlob({ type: jpeg ? 'image/jpeg' : 'image/png', quality: 0.92 }) });
                } catch (err) { postMessage({ id, blob: null }); }
              };`;
              const script = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
              const workers = [];
              const pending = new Map();
              for (let i = 0; i < Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)); i++) {
                const worker = new Worker(script);
                worker.onmessage = (e) => { pending.get(e.data.id)(e.data.blob); pending.delete(e.data.id); };
                workers.push(worker);
              }
              let ids = 0;
              const resample = (blob, w, h) => new Promise((done) => {
                const id = ids++;
                pending.set(id, done);
                workers[id %% workers.length].postMessage({ id, blob, w, h });
              });
              // an <img> of a picture the server sent as the copy an earlier export kept of it (asked for with
              // ?kept) keeps it where this page lays it out in the box the copy was made for (then it would be shrunk
              // to its own size); elsewhere the original is loaded, and shrunk below as any other, until no such
              // copy is laid out otherwise. Other uses of a picture (backgrounds, posters) ask for the original.
              const substituted = new Set(await fetch('%s').then(r => r.ok ? r.json() : [], () => []));
              const asCopy = (img) => {
                const url = new URL(img.currentSrc || img.src, location.href);
                return url.origin === location.origin && substituted.has(url.pathname) && url.search === '?%s';
              };
              for (let round = 0; substituted.size && round < 4; round++) {
                const wrong = [...document.images].filter((img) => asCopy(img) && !(Math.abs(Math.max(
                  img.offsetWidth * scale / img.naturalWidth, img.offsetHeight * scale / img.naturalHeight) - 1) <= 0.02));
                if (!wrong.length) break;
                await Promise.all(wrong.map((img) => new Promise((done) => {
                  const url = new URL(img.currentSrc || img.src, location.href);
                  url.search = '';
                  img.removeAttribute('srcset');
                  img.onload = img.onerror = done;
                  img.src = url.href;
                })));
              }
              let shrunk = 0;
              const stores = [];
              const WEBP = /\\.webp([?#]|$)/i;
              // a lossy WebP's JPEG of its own size, or null
              const asJpeg = async (url) => resample(await (await fetch(url)).blob(), 0, 0);
              // shows the copy in the <img>; whether it loaded
              const swap = (img, copy, url) => new Promise((done) => {
                img.removeAttribute('srcset');
                img.addEventListener('load', () => done(true), { once: true });
                img.addEventListener('error', () => done(false), { once: true });
                img.src = url || URL.createObjectURL(copy);
              });
              await Promise.all([...document.images].map(async (img) => {
                const src = img.currentSrc || img.src;
                if (!img.complete || !img.naturalWidth || /\\.(jpe?g|svg)([?#]|$)/i.test(src) || /^data:image\\/(svg|jpe?g)/.test(src)) return;
                const f = Math.max(img.offsetWidth * scale / img.naturalWidth, img.offsetHeight * scale / img.naturalHeight);
                if (!(f > 0) || f > 0.8) {
                  // not much larger than it shows: a lossy WebP is still given as a JPEG of its size (what the PDF
                  // embeds as it is; else its pixels compressed anew, larger and slower), and not kept
                  if (!WEBP.test(src)) return;
                  const jpeg = await asJpeg(src);
                  if (jpeg && await swap(img, jpeg)) shrunk++;
                  return;
                }
                const w = Math.max(1, Math.round(img.naturalWidth * f)), h = Math.max(1, Math.round(img.naturalHeight * f));
                try {
                  // a copy an earlier export made of the same file at this size, else one made now and kept
                  const url = new URL(src, location.href);
                  const kept = url.origin === location.origin && url.protocol.startsWith('http')
                    ? '%s?src=' + encodeURIComponent(url.pathname) + '&w=' + w + '&h=' + h : null;
                  let small = kept ? await fetch(kept).then(r => r.ok ? r.blob() : null, () => null) : null;
                  if (!small) {
                    small = await resample(await (await fetch(src)).blob(), w, h);
                    if (small && kept) stores.push(fetch(kept, { method: 'PUT', body: small }).catch(() => {}));
                  }
                  if (small && await swap(img, small)) shrunk++;
                } catch (e) { /* an image from another origin: left as it is */ }
              }));
              // the same for a lossy WebP an element shows as its background (a layout's image:, a cover's
              // background:): a JPEG of its size in its place, in each element that shows it
              const backgrounds = new Map();
              for (const el of document.querySelectorAll('*')) {
                const layers = getComputedStyle(el).backgroundImage;
                if (!layers.includes('url(')) continue;
                for (const [, url] of layers.matchAll(/url\\("([^"]+)"\\)/g)) {
                  if (!WEBP.test(url) || new URL(url, location.href).origin !== location.origin) continue;
                  if (!backgrounds.has(url)) backgrounds.set(url, []);
                  backgrounds.get(url).push(el);
                }
              }
              await Promise.all([...backgrounds].map(async ([url, elements]) => {
                try {
                  const jpeg = await asJpeg(url);
                  if (!jpeg) return;
                  const copy = URL.createObjectURL(jpeg);
                  if (!await swap(new Image(), jpeg, copy)) return;
                  for (const el of elements) {
                    el.style.backgroundImage = getComputedStyle(el).backgroundImage.replaceAll('url("' + url + '")', 'url("' + copy + '")');
                  }
                  shrunk++;
                } catch (e) { /* left as it is */ }
              }));
              workers.forEach((worker) => worker.terminate());
              await Promise.all(stores);
              // frames (a remote video, a web app) have loaded meanwhile, or fail now
              if (document.readyState !== 'complete') await new Promise(r => addEventListener('load', r, { once: true }));
              await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
              return shrunk;
            })(%s)""";

    /**
     * What an embedded page that could not be loaded (offline, a host that does not answer) shows: Chromium draws
     * its error page there (grey, a broken-page icon left of the middle), its headless shell draws nothing. The
     * same picture in both, so that an export looks as Slidev's does whichever browser made it.
     */
    private static final String UNREACHABLE_FRAME = "<!DOCTYPE html><html><body style=\"margin:0;height:100vh;"
            + "background:#ddd;display:flex;align-items:center;justify-content:center\"><div style=\"width:72px\">"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"33\" height=\"42\" viewBox=\"0 0 33 42\" "
            + "fill=\"#535353\" shape-rendering=\"crispEdges\" style=\"display:block\"><path d=\"M0 0h27v3H0zM0 "
            + "0h3v42H0zM0 39h33v3H0zM30 6h3v36h-3zM27 3h3v3h-3zM18 3h3v12h-3zM18 12h15v3H18zM9 9h3v6H9zM12 27h10v3"
            + "H12zM9 30h3v3H9zM22 30h3v3h-3z\"/></svg></div></body></html>";
    /**
     * Replaces the documents of the iframes given after {@code html} with it, and resolves with how many have
     * loaded it (a frame not loaded in 5 s is left as it is).
     */
    private static final String REPLACE_FRAMES = """
            function (html, ...frames) {
              return Promise.all(frames.map((frame) => new Promise((done) => {
                frame.addEventListener('load', () => done(1), { once: true });
                setTimeout(() => done(0), 5000);
                frame.srcdoc = html;
              }))).then((loaded) => loaded.reduce((a, b) => a + b, 0));
            }""";

    private final CdpClient cdp;
    private final String session;
    private final List<String> exceptions = new ArrayList<>();

    private Tab(CdpClient cdp, String session) {
        this.cdp = cdp;
        this.session = session;
        cdp.listen(m -> {
            if (session.equals(m.path("sessionId").asText())
                    && "Runtime.exceptionThrown".equals(m.path("method").asText())) {
                JsonNode details = m.path("params").path("exceptionDetails");
                String text = details.path("exception").path("description").asText(details.path("text").asText());
                synchronized (exceptions) {
                    exceptions.add(text.lines().findFirst().orElse(text));
                }
            }
        });
    }

    /**
     * The browser's first page (the blank one it starts with, whose renderer runs already), else a new blank
     * page; its events flowing.
     */
    public static Tab open(CdpClient cdp) throws CdpException {
        String target = null;
        for (JsonNode info : cdp.send(null, "Target.getTargets", null, COMMAND).path("targetInfos")) {
            if (info.path("type").asText().equals("page") && !info.path("attached").asBoolean()) {
                target = info.path("targetId").asText();
                break;
            }
        }
        if (target == null) {
            ObjectNode create = cdp.params().put("url", "about:blank");
            target = cdp.send(null, "Target.createTarget", create, COMMAND).path("targetId").asText();
        }
        ObjectNode attach = cdp.params().put("targetId", target).put("flatten", true);
        String session = cdp.send(null, "Target.attachToTarget", attach, COMMAND).path("sessionId").asText();
        Tab tab = new Tab(cdp, session);
        cdp.send(session, "Page.enable", null, COMMAND);
        cdp.send(session, "Runtime.enable", null, COMMAND);
        return tab;
    }

    /** The viewport in CSS pixels and the device scale factor (a PNG is {@code width * scale} pixels wide). */
    public void viewport(int width, int height, double scale) throws CdpException {
        cdp.send(session, "Emulation.setDeviceMetricsOverride", cdp.params().put("width", width)
                .put("height", height).put("deviceScaleFactor", scale).put("mobile", false), COMMAND);
    }

    /** Screen media (as Slidev exports), the color scheme, and no motion (view transitions off). */
    public void media(boolean dark) throws CdpException {
        ObjectNode params = cdp.params().put("media", "screen");
        var features = params.putArray("features");
        features.addObject().put("name", "prefers-color-scheme").put("value", dark ? "dark" : "light");
        features.addObject().put("name", "prefers-reduced-motion").put("value", "reduce");
        cdp.send(session, "Emulation.setEmulatedMedia", params, COMMAND);
    }

    /**
     * Loads {@code url} and waits until it is ready (its frames that could not load covered as
     * {@link #UNREACHABLE_FRAME} says), {@code timeout} at most; then {@code extraWait} more. {@code dark} adds the {@code dark} class to pages without a runtime that would (the print page).
     */
    public Ready load(String url, boolean dark, Duration timeout, Duration extraWait) throws PageException {
        return load(url, dark, true, timeout, extraWait);
    }

    /**
     * {@link #load(String, boolean, Duration, Duration)}, its images decoded, or ({@code decode} false, for
     * {@link #shrinkImages}: the print decodes what it draws) only loaded, and then without waiting for the load
     * event: what the page's frames load (a remote video or web app) loads while the images are shrunk.
     */
    public Ready load(String url, boolean dark, boolean decode, Duration timeout, Duration extraWait)
            throws PageException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (exceptions) {
            exceptions.clear();
        }
        try {
            CompletableFuture<JsonNode> loaded = cdp.next(session, decode ? "Page.loadEventFired"
                    : "Page.domContentEventFired");
            JsonNode nav = cdp.send(session, "Page.navigate", cdp.params().put("url", url), timeout);
            if (nav.hasNonNull("errorText") && !nav.path("errorText").asText().isEmpty()) {
                loaded.cancel(false);
                throw new PageException("cannot load " + url + ": " + nav.path("errorText").asText());
            }
            loaded.get(remaining(deadline), TimeUnit.NANOSECONDS);
            ObjectNode eval = cdp.params().put("expression", String.format(READY, dark, decode)).put("awaitPromise", true)
                    .put("returnByValue", true);
            JsonNode result = cdp.send(session, "Runtime.evaluate", eval, Duration.ofNanos(remaining(deadline)));
            if (result.has("exceptionDetails")) {
                throw new PageException("the page failed: " + result.path("exceptionDetails").path("exception")
                        .path("description").asText(result.path("exceptionDetails").path("text").asText()));
            }
            JsonNode value = result.path("result").path("value");
            if (!value.path("slide").asBoolean()) {
                throw new PageException(url + " shows no slide");
            }
            List<String> failed = new ArrayList<>();
            for (JsonNode f : value.path("failed")) {
                failed.add(f.path("no").asInt() + " " + f.path("src").asText());
            }
            if (decode) {
                coverUnreachableFrames(Duration.ofNanos(remaining(deadline)));
            }
            if (!extraWait.isZero()) {
                Thread.sleep(extraWait.toMillis());
            }
            return new Ready(value.path("clicks").asInt(), failed);
        } catch (TimeoutException e) {
            throw notReady(timeout);
        } catch (CdpException e) {
            throw e.timedOut() ? notReady(timeout) : new PageException(e.getMessage());
        } catch (ExecutionException e) {
            throw new PageException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageException("interrupted");
        }
    }

    private PageException notReady(Duration timeout) {
        String why;
        synchronized (exceptions) {
            why = exceptions.isEmpty() ? "" : " (page errors: " + String.join("; ", exceptions) + ")";
        }
        return new PageException("not ready after " + timeout.toMillis() + " ms" + why
                + "; a larger --timeout may help");
    }

    private static long remaining(long deadline) throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException();
        }
        return left;
    }

    /**
     * Shrinks the page's oversized images to {@code scale} times their size on the page, then waits for the load
     * event and covers the frames that could not load ({@link #UNREACHABLE_FRAME}), {@code timeout} at most; see
     * {@link #SHRINK}.
     */
    public int shrinkImages(double scale, Duration timeout) throws CdpException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String expression = String.format(java.util.Locale.ROOT, SHRINK, StaticServer.SUBSTITUTED, StaticServer.KEPT,
                StaticServer.SHRUNK, scale);
        ObjectNode eval = cdp.params().put("expression", expression)
                .put("awaitPromise", true).put("returnByValue", true);
        int shrunk = cdp.send(session, "Runtime.evaluate", eval, timeout).path("result").path("value").asInt();
        coverUnreachableFrames(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        return shrunk;
    }

    /**
     * Shows {@link #UNREACHABLE_FRAME} in each frame of the loaded page that holds the browser's error page (a
     * frame whose {@code unreachableUrl} is set). Returns how many.
     */
    private int coverUnreachableFrames(Duration timeout) throws CdpException {
        List<String> frames = new ArrayList<>();
        unreachable(cdp.send(session, "Page.getFrameTree", null, COMMAND).path("frameTree"), frames);
        List<String> owners = new ArrayList<>();
        for (String frame : frames) {
            try {
                int node = cdp.send(session, "DOM.getFrameOwner", cdp.params().put("frameId", frame), COMMAND)
                        .path("backendNodeId").asInt();
                owners.add(cdp.send(session, "DOM.resolveNode", cdp.params().put("backendNodeId", node), COMMAND)
                        .path("object").path("objectId").asText());
            } catch (CdpException e) {
                if (e.timedOut()) {
                    throw e;
                }
                // the frame went away meanwhile: nothing left to cover
            }
        }
        if (owners.isEmpty()) {
            return 0;
        }
        ObjectNode call = cdp.params().put("objectId", owners.get(0)).put("functionDeclaration", REPLACE_FRAMES)
                .put("awaitPromise", true).put("returnByValue", true);
        var arguments = call.putArray("arguments");
        arguments.addObject().put("value", UNREACHABLE_FRAME);
        owners.forEach(owner -> arguments.addObject().put("objectId", owner));
        return cdp.send(session, "Runtime.callFunctionOn", call, timeout).path("result").path("value").asInt();
    }

    private static void unreachable(JsonNode tree, List<String> frames) {
        for (JsonNode child : tree.path("childFrames")) {
            if (!child.path("frame").path("unreachableUrl").asText().isEmpty()) {
                frames.add(child.path("frame").path("id").asText());
            }
            unreachable(child, frames);
        }
    }

    /** A PNG of the viewport, written to {@code file}. */
    public void screenshot(Path file) throws CdpException, IOException {
        ObjectNode params = cdp.params().put("format", "png").put("fromSurface", true)
                .put("captureBeyondViewport", false);
        Files.write(file, cdp.send(session, "Page.captureScreenshot", params, COMMAND).path("data").binaryValue());
    }

    /**
     * Hides each video that shows nothing on the screen (no frame loaded, no poster, no controls: a remote video
     * offline, a file that is missing) and that the print would draw as a black box where the slide is blank, as
     * Slidev's reference shows a {@code <SlidevVideo>} whose file could not be loaded.
     */
    private static final String HIDE_BLANK_VIDEOS = """
            document.querySelectorAll('video').forEach((v) => {
              // a <SlidevVideo> prints without its controls (the runtime's CSS)
              const controls = v.controls && !(v.hasAttribute('data-slidejar-video') && v.closest('.slidejar-print'));
              if (!controls && !v.getAttribute('poster') && v.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
                v.style.visibility = 'hidden';
              }
            })""";

    /**
     * On the print page, makes each link to a slide that is not printed (not in {@code printed}, the slide numbers
     * a {@code --range} keeps) a link to that slide's own page again, as the slide's page has it: in the PDF it then
     * goes where links to the server's pages go, rather than to a place the PDF does not hold.
     */
    public void linkUnprintedSlidesToTheirPages(List<Integer> printed) throws CdpException {
        String prefix = "#" + dev.slidejar.render.PrintLinks.ANCHOR_PREFIX;
        String script = """
                ((printed) => document.querySelectorAll('a[href^="%s"]').forEach((a) => {
                  // #slidejar-slide-3, not a footnote's #slidejar-slide-3-fn1
                  const no = Number(a.getAttribute('href').slice(%d));
                  if (Number.isInteger(no) && no > 0 && !printed.includes(no)) {
                    a.setAttribute('href', '../' + no + '/index.html');
                  }
                }))(%s)""".formatted(prefix, prefix.length(), printed);
        cdp.send(session, "Runtime.evaluate", cdp.params().put("expression", script), COMMAND);
    }

    /**
     * Prints the page to {@code file}, streamed in chunks. With {@code width}/{@code height} (CSS pixels) the paper
     * has that size; without (0), the page's {@code @page} size. {@code pageRanges} as Chromium reads it, or "".
     * Videos that show nothing are hidden first ({@link #HIDE_BLANK_VIDEOS}).
     */
    public void printToPdf(Path file, int width, int height, String pageRanges, Duration timeout)
            throws CdpException, IOException {
        cdp.send(session, "Runtime.evaluate", cdp.params().put("expression", HIDE_BLANK_VIDEOS), COMMAND);
        ObjectNode params = cdp.params().put("printBackground", true).put("marginTop", 0).put("marginBottom", 0)
                .put("marginLeft", 0).put("marginRight", 0).put("pageRanges", pageRanges)
                .put("transferMode", "ReturnAsStream");
        if (width > 0) {
            params.put("paperWidth", width / 96.0).put("paperHeight", height / 96.0).put("preferCSSPageSize", false);
        } else {
            params.put("preferCSSPageSize", true);
        }
        String stream = cdp.send(session, "Page.printToPDF", params, timeout).path("stream").asText();
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                JsonNode chunk = cdp.send(session, "IO.read", cdp.params().put("handle", stream)
                        .put("size", READ_CHUNK), COMMAND);
                String data = chunk.path("data").asText();
                out.write(chunk.path("base64Encoded").asBoolean() ? Base64.getDecoder().decode(data)
                        : data.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                if (chunk.path("eof").asBoolean()) {
                    break;
                }
            }
        } finally {
            cdp.send(session, "IO.close", cdp.params().put("handle", stream), COMMAND);
        }
    }

    /**
     * A loaded page.
     *
     * @param clicks the slide's click total ({@code data-slidev-clicks-total}; of the first slide on the print page)
     * @param failedImages {@code "NO SRC"} of each image that could not be loaded
     */
    public record Ready(int clicks, List<String> failedImages) {
        public Ready {
            failedImages = List.copyOf(failedImages);
        }
    }

    /** A page that could not be loaded, or was not ready in time. */
    public static final class PageException extends Exception {
        public PageException(String message) {
            super(message);
        }
    }
}
