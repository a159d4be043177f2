package dev.slidejar.deck;

import dev.slidejar.js.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deck model as JSON, field for field what the oracle's {@code parse-ref} prints of Slidev's parser:
 * {@code {headmatter, slides: [{no, file, start, end, frontmatter, title, level, note, content}]}}.
 */
public final class DeckJson {
    private DeckJson() {
    }

    public static String toJson(Deck deck) {
        return Json.stringify(model(deck)) + "\n";
    }

    public static Map<String, Object> model(Deck deck) {
        List<Object> slides = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            slides.add(slideModel(slide));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("headmatter", deck.headmatter());
        model.put("slides", slides);
        return model;
    }

    public static Map<String, Object> slideModel(Slide slide) {
        SourceSlide source = slide.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("no", slide.no());
        m.put("file", source.file().displayPath().toString().replace('\\', '/'));
        m.put("start", source.startLineIndex());
        m.put("end", source.endLineIndex());
        m.put("frontmatter", slide.frontmatter());
        m.put("title", slide.title());
        m.put("level", slide.level());
        m.put("note", slide.note());
        m.put("content", slide.content());
        return m;
    }
}
