package dev.slidejar.deck;

import dev.slidejar.deck.internal.YamlNode;
import dev.slidejar.deck.internal.YamlProblem;
import dev.slidejar.deck.internal.YamlToJs;
import dev.slidejar.deck.internal.YamlTreeBuilder;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML frontmatter text to the map Slidev's parser makes of it (YAML 1.2 core schema, as the npm {@code yaml}
 * package reads it: {@code yes} and dates stay strings). Errors and warnings are placed in the Markdown file.
 */
public final class FrontmatterParser {

    /** The parsed frontmatter ({@code {}} when empty or broken) and what was wrong with it. */
    public record Result(Map<String, Object> data, List<Diagnostic> diagnostics) {
        public static final Result EMPTY = new Result(Map.of(), List.of());

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private FrontmatterParser() {
    }

    /**
     * Parses {@code yaml}, which starts in {@code file} at the 0-based {@code lineIndex} and {@code offset}
     * (the column, for a YAML block that starts mid-line).
     */
    public static Result parse(String yaml, Path file, int lineIndex, int offset) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Optional<YamlNode> root = YamlTreeBuilder.build(yaml);
            if (root.isEmpty()) {
                return new Result(Map.of(), diagnostics);
            }
            List<YamlProblem> warnings = new ArrayList<>();
            Object value = YamlToJs.convert(root.get(), warnings);
            for (YamlProblem w : warnings) {
                diagnostics.add(Diagnostic.warning(pos(file, lineIndex, offset, w.line(), w.column()), w.getMessage()));
            }
            if (value == null) {
                return new Result(Map.of(), diagnostics);
            }
            if (!(value instanceof Map<?, ?>)) {
                YamlNode node = root.get();
                diagnostics.add(Diagnostic.error(pos(file, lineIndex, offset, node.line(), node.column()),
                        "frontmatter must be a YAML mapping (key: value), not " + describe(value))
                        .withHint("a --- line directly followed by text opens a frontmatter block; "
                                + "leave a blank line after --- to start a slide with text"));
                return new Result(Map.of(), diagnostics);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            return new Result(map, diagnostics);
        } catch (YamlProblem e) {
            diagnostics.add(Diagnostic.error(pos(file, lineIndex, offset, e.line(), e.column()),
                    "invalid YAML: " + e.getMessage()));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine()).orElse(0);
            int column = e.getProblemMark().map(m -> m.getColumn()).orElse(0);
            String message = e.getProblem();
            if (e.getContext() != null) {
                String where = e.getContextMark()
                        .map(m -> " (started at " + pos(file, lineIndex, offset, m.getLine(), m.getColumn()) + ")")
                        .orElse("");
                message = e.getContext() + where + ": " + message;
            }
            diagnostics.add(Diagnostic.error(pos(file, lineIndex, offset, line, column), "invalid YAML: " + message));
        } catch (YamlEngineException e) {
            diagnostics.add(Diagnostic.error(pos(file, lineIndex, offset, 0, 0), "invalid YAML: " + e.getMessage()));
        }
        return new Result(Map.of(), diagnostics);
    }

    private static SourcePos pos(Path file, int baseLineIndex, int baseOffset, int line, int column) {
        int col = (line == 0 ? baseOffset : 0) + column;
        return new SourcePos(file, baseLineIndex + line + 1, col + 1);
    }

    private static String describe(Object value) {
        return value instanceof List ? "a list" : "a single value (" + value + ")";
    }
}
