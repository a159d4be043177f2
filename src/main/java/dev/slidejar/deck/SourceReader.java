package dev.slidejar.deck;

import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import dev.slidejar.diag.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads Markdown files as strict UTF-8: invalid bytes are an error with their line, never replaced silently. */
public final class SourceReader {
    private SourceReader() {
    }

    /**
     * Reads {@code path}, shown to users as {@code displayPath}.
     *
     * @throws DeckException when the file is missing, a directory, unreadable or not UTF-8
     */
    public static SourceFile read(Path path, Path displayPath) {
        Path shown = SourceFile.userPath(path);
        if (Files.isDirectory(path)) {
            throw new DeckException(Diagnostic.error(null, "'" + shown + "' is a directory, not a Markdown file")
                    .withHint("name the deck's entry file, e.g. " + shown.resolve("slides.md")));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DeckException(Diagnostic.error(null, "'" + shown + "': no such file"));
        } catch (IOException e) {
            throw new DeckException(Diagnostic.error(null, "'" + shown + "': cannot read: " + e.getMessage()));
        }
        String text = decode(bytes, shown);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(path, displayPath, text);
    }

    private static String decode(byte[] bytes, Path shown) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String message = String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xFF, offset);
            throw new DeckException(Diagnostic.error(new SourcePos(shown, line, offset - lineStart + 1), message)
                    .withHint("save the file as UTF-8"));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : 0;
    }
}
