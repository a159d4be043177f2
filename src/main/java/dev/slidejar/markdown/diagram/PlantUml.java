package dev.slidejar.markdown.diagram;

import dev.slidejar.markdown.TextCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * A {@code ```plantuml} block drawn as SVG at build time by PlantUML (its MIT-licensed build), with its own layout
 * engine (Smetana, PlantUML's Java port of Graphviz's dot), so that neither Graphviz nor a server is needed: Slidev
 * sends the source to a PlantUML server on the web, which an offline deck cannot reach. A source with an error is
 * drawn as PlantUML draws errors. Drawings are kept in a {@link TextCache} (the first one takes half a second).
 */
public final class PlantUml {
    /** PlantUML's version and the way it is run here: part of the key of every drawing kept. */
    public static final String VERSION = "plantuml-mit-1.2025.10/1";
    private static final Object LOCK = new Object();

    private PlantUml() {
    }

    /** The SVG of {@code source} ({@code @startuml} ... {@code @enduml}), or empty when PlantUML draws nothing. */
    public static Optional<String> svg(String source, TextCache cache) {
        String key = TextCache.key("plantuml", VERSION, source);
        Optional<String> kept = cache.get(key);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<String> svg = draw(source);
        svg.ifPresent(s -> cache.put(key, s));
        return svg;
    }

    private static Optional<String> draw(String source) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        String text = source.contains("@startuml") ? source : "@startuml\n" + source + "\n@enduml";
        // Smetana: PlantUML's own layout, where it would run Graphviz's dot
        text = text.replaceFirst("@startuml[^\\n]*", "$0\n!pragma layout smetana");
        synchronized (LOCK) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SourceStringReader(text).outputImage(out, new FileFormatOption(FileFormat.SVG));
                String svg = out.toString(StandardCharsets.UTF_8);
                return svg.contains("<svg") ? Optional.of(svg.substring(svg.indexOf("<svg"))) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
