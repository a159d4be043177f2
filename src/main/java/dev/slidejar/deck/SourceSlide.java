package dev.slidejar.deck;

import dev.slidejar.diag.SourcePos;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A slide as it stands in one Markdown file, before {@code src:} imports are followed: Slidev's
 * {@code SourceSlideInfo}. Line numbers are 0-based indexes into the file's lines, as Slidev reports them.
 *
 * @param file the file it was read from
 * @param index its 0-based position among the file's slides
 * @param startLineIndex the first line (the {@code ---} that opens its frontmatter, if it has one)
 * @param contentStartLineIndex the first line after the frontmatter
 * @param endLineIndex one past the last line (the next separator's line)
 * @param raw the slide's text, lines joined with {@code \n}
 * @param frontmatter the frontmatter, in JavaScript key order; values as the npm {@code yaml} package makes them
 * @param frontmatterRaw the YAML text of the frontmatter, or null
 * @param content the Markdown without frontmatter and notes, trimmed
 * @param note the presenter notes (the last HTML comment, when it ends the slide), trimmed, or null
 * @param title {@code title:} or {@code name:} of the frontmatter, else the first heading's text, or null;
 *     any YAML value when it comes from the frontmatter
 * @param level the first heading's level or {@code level:} of the frontmatter, or null
 */
public record SourceSlide(SourceFile file, int index, int startLineIndex, int contentStartLineIndex, int endLineIndex,
        String raw, Map<String, Object> frontmatter, FrontmatterStyle frontmatterStyle, String frontmatterRaw,
        String content, String note, Object title, Object level) {

    public SourceSlide {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(frontmatter, "frontmatter");
        Objects.requireNonNull(content, "content");
    }

    /** Its first line (the {@code ---} that opens its frontmatter, if it has one), as shown to the user. */
    public SourcePos pos() {
        return SourcePos.ofLineIndex(file.userPath(), startLineIndex);
    }

    /** Whether {@code pos} is on one of the slide's lines. */
    public boolean holds(SourcePos pos) {
        return pos != null && pos.file().equals(file.userPath()) && pos.line() > startLineIndex
                && pos.line() <= endLineIndex;
    }

    /**
     * The first line of the slide on which {@code text} stands (a URL where a warning is about a picture), or
     * empty when none does.
     */
    public Optional<SourcePos> lineOf(String text) {
        int at = raw == null || text.isEmpty() ? -1 : raw.indexOf(text);
        if (at < 0) {
            return Optional.empty();
        }
        int lines = 0;
        for (int i = raw.indexOf('\n'); i >= 0 && i < at; i = raw.indexOf('\n', i + 1)) {
            lines++;
        }
        return Optional.of(SourcePos.ofLineIndex(file.userPath(), startLineIndex + lines));
    }
}
