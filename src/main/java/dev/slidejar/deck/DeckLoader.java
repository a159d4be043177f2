package dev.slidejar.deck;

import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import dev.slidejar.js.JsObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a deck from its entry file the way Slidev 53's {@code load} does: splits every file into slides,
 * follows {@code src:} imports (recursively, with ranges such as {@code #2-4}, the importing slide's
 * frontmatter spread over the imported ones), drops {@code disabled:}/{@code hide:} slides, and derives the
 * headmatter. Bad imports (missing file, cycle, missing slide) become error diagnostics on the importing slide.
 */
public final class DeckLoader {
    private final Path root;
    private final Map<Path, MarkdownFile> files = new HashMap<>();
    private final List<Slide> slides = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private DeckLoader(Path root) {
        this.root = root;
    }

    /**
     * Loads the deck whose entry file is {@code entry}.
     *
     * @throws DeckException when the entry itself cannot be read
     */
    public static Deck load(Path entry) {
        Path path = entry.toAbsolutePath().normalize();
        Path display = path.getFileName() == null ? path : path.getFileName();
        SourceFile entryFile = SourceReader.read(path, display);
        DeckLoader loader = new DeckLoader(path.getParent());
        MarkdownFile md = SlideSplitter.split(entryFile);
        loader.files.put(path, md);
        loader.diagnostics.addAll(md.diagnostics());
        loader.loadSlides(md, null, Map.of(), List.of(), null);

        Map<String, Object> headmatter = new LinkedHashMap<>(
                md.slides().isEmpty() ? Map.of() : md.slides().get(0).frontmatter());
        if (!loader.slides.isEmpty() && SlideParser.truthy(loader.slides.get(0).title())
                && headmatter.get("title") == null) {
            headmatter.put("title", loader.slides.get(0).title());
        }
        return new Deck(entryFile, JsObject.ordered(headmatter), loader.slides, loader.diagnostics);
    }

    private void loadSlides(MarkdownFile md, String range, Map<String, Object> override, List<SourceSlide> chain,
            SourceSlide importer) {
        for (int no : SlideRange.parse(md.slides().size(), range)) {
            if (no < 1 || no > md.slides().size()) {
                diagnostics.add(Diagnostic.error(srcPos(importer), "slide " + no + " does not exist in '"
                        + md.source().displayPath() + "', which has " + md.slides().size() + " slides"));
                continue;
            }
            loadSlide(md.slides().get(no - 1), override, chain);
        }
    }

    private void loadSlide(SourceSlide slide, Map<String, Object> override, List<SourceSlide> chain) {
        Map<String, Object> fm = slide.frontmatter();
        if (SlideParser.truthy(fm.get("disabled")) || SlideParser.truthy(fm.get("hide"))) {
            return;
        }
        Object src = fm.get("src");
        if (!SlideParser.truthy(src)) {
            slides.add(new Slide(slides.size() + 1, slide, JsObject.spread(fm, override), chain));
            return;
        }
        if (!(src instanceof String srcText)) {
            diagnostics.add(Diagnostic.error(srcPos(slide), "src: must be a path to a Markdown file, not " + src));
            return;
        }
        String[] parts = srcText.split("#", -1);
        String rawPath = parts[0];
        String range = parts.length > 1 ? parts[1] : null;
        Path target = (rawPath.startsWith("/") ? root.resolve(rawPath.substring(1))
                : slide.file().path().getParent().resolve(rawPath)).normalize();

        LinkedHashMap<String, Object> nextOverride = new LinkedHashMap<>(JsObject.spread(fm, override));
        nextOverride.remove("src");

        boolean cycle = target.equals(slide.file().path())
                || chain.stream().anyMatch(s -> s.file().path().equals(target));
        if (cycle) {
            diagnostics.add(Diagnostic.error(srcPos(slide), "circular import: src: " + srcText + " ("
                    + display(target) + ") is already being imported")
                    .withHint("import chain: " + chainText(chain, slide, target)));
            return;
        }
        if (!Files.exists(target)) {
            diagnostics.add(Diagnostic.error(srcPos(slide), "imported Markdown file not found: " + display(target)));
            return;
        }
        MarkdownFile md = files.get(target);
        if (md == null) {
            try {
                md = SlideSplitter.split(SourceReader.read(target, display(target)));
            } catch (DeckException e) {
                for (Diagnostic d : e.diagnostics()) {
                    diagnostics.add(d.pos() != null ? d : Diagnostic.error(srcPos(slide), d.message()));
                }
                return;
            }
            files.put(target, md);
            diagnostics.addAll(md.diagnostics());
        }
        List<SourceSlide> nextChain = new ArrayList<>(chain);
        nextChain.add(slide);
        loadSlides(md, range, JsObject.ordered(nextOverride), nextChain, slide);
    }

    private Path display(Path path) {
        return root.relativize(path);
    }

    private String chainText(List<SourceSlide> chain, SourceSlide slide, Path target) {
        StringBuilder sb = new StringBuilder();
        for (SourceSlide s : chain) {
            sb.append(s.file().displayPath()).append(" -> ");
        }
        return sb.append(slide.file().displayPath()).append(" -> ").append(display(target)).toString();
    }

    /** The line of a slide's {@code src:} key, else the slide's first line. */
    private static SourcePos srcPos(SourceSlide slide) {
        if (slide == null) {
            return null;
        }
        String[] lines = SlideSplitter.lines(slide.raw());
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("src:")) {
                return new SourcePos(slide.file().userPath(), slide.startLineIndex() + i + 1, 1);
            }
        }
        return slide.pos();
    }
}
