package dev.slidejar.export;

import java.time.Duration;

/** Told after each slide is rendered; the CLI shows it as a progress line. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total, elapsed) -> { };

    /** {@code done} slides of {@code total} are rendered, {@code elapsed} after the export started. */
    void rendered(int done, int total, Duration elapsed);
}
