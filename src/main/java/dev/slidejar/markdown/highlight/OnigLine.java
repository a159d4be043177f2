package dev.slidejar.markdown.highlight;

import java.nio.charset.StandardCharsets;

/**
 * A line as the regular expressions see it: its UTF-8 bytes (what Oniguruma matches), and the way between byte
 * offsets and the UTF-16 offsets in which tokens are counted, as in JavaScript.
 */
final class OnigLine {
    final String text;
    final byte[] bytes;
    private final int[] charOfByte;
    private final int[] byteOfChar;

    OnigLine(String text) {
        this.text = text;
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
        this.charOfByte = new int[bytes.length + 1];
        this.byteOfChar = new int[text.length() + 1];
        int b = 0;
        for (int c = 0; c < text.length(); c++) {
            byteOfChar[c] = b;
            int cp = text.codePointAt(c);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (Character.isSurrogate(text.charAt(c)) && !Character.isHighSurrogate(text.charAt(c))) {
                n = 0; // the low half of a pair: its bytes were counted with the high half
            }
            for (int i = 0; i < n && b + i < bytes.length; i++) {
                charOfByte[b + i] = c;
            }
            b += n;
        }
        byteOfChar[text.length()] = bytes.length;
        charOfByte[bytes.length] = text.length();
    }

    int charAt(int byteOffset) {
        return charOfByte[byteOffset];
    }

    int byteAt(int charOffset) {
        return byteOfChar[charOffset];
    }
}
