package dev.slidejar.export;

import java.util.Locale;

/** What {@code slidejar export --format} writes, with Slidev's names. */
public enum ExportFormat {
    /** One PDF file, a page per slide (or per click). */
    PDF("pdf"),
    /** A folder of PNG files, one per slide (or per click). */
    PNG("png"),
    /** A Markdown file listing the slides' PNGs, with their notes, beside them. */
    MD("md"),
    /** A PowerPoint file: a picture of each slide (or click) and the slide's notes. */
    PPTX("pptx");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format named {@code value} ({@code pdf}, {@code png}, {@code md}); null when none is. */
    public static ExportFormat of(String value) {
        for (ExportFormat f : values()) {
            if (f.id.equals(value.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
