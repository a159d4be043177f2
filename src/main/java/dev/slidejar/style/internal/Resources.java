package dev.slidejar.style.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the bundled TSV indexes: a header row, then tab-separated rows; {@code .gz} files are gunzipped. */
final class Resources {
    /** The class-path folder that {@code tools/vendor-assets.mjs} writes. */
    static final String ASSETS = "/dev/slidejar/assets/";

    private Resources() {
    }

    /** The rows after the header, each split at tabs; a missing resource is a packaging error. */
    static List<String[]> tsv(String path) {
        String text = text(path);
        List<String[]> rows = new ArrayList<>();
        int start = text.indexOf('\n') + 1; // skip the header
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                rows.add(text.substring(start, end).split("\t", -1));
            }
            start = end + 1;
        }
        return rows;
    }

    static boolean exists(String path) {
        return Resources.class.getResource(path) != null;
    }

    static String text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled asset missing from the class path: " + path
                        + " (rerun tools/vendor-assets.mjs)");
            }
            byte[] bytes = in.readAllBytes();
            if (path.endsWith(".gz")) {
                try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = gz.readAllBytes();
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled asset " + path, e);
        }
    }
}
