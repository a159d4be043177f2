package dev.slidejar.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/**
 * The DevTools protocol's binary encoding: CBOR (RFC 8949) as Chromium writes and reads it, to and from the
 * {@link JsonNode}s of the protocol's JSON shape. A profile of CBOR, which is why a general CBOR library does not
 * fit: every map is wrapped in an envelope (tag 24 and a byte string with a 32-bit length, which says how long
 * the map is) and is of indefinite length, as are arrays; ASCII text is a text string, other text a byte string
 * of UTF-16LE; a byte string tagged 22 is binary data (base64 in JSON: a PDF, a screenshot), read here as a
 * {@link com.fasterxml.jackson.databind.node.BinaryNode}; integers have at most 32 bits, other numbers are
 * doubles.
 */
final class CdpCbor {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int UNSIGNED = 0;
    private static final int NEGATIVE = 1;
    private static final int BYTES = 2;
    private static final int TEXT = 3;
    private static final int ARRAY = 4;
    private static final int MAP = 5;
    private static final int TAG = 6;
    /** Tag 24: an encoded CBOR item, the envelope; tag 22: binary data. */
    private static final int ENVELOPE_TAG = 24;
    private static final int BINARY_TAG = 22;
    private static final int INDEFINITE = 31;
    private static final int BREAK = 0xff;
    private static final int FALSE = 0xf4;
    private static final int TRUE = 0xf5;
    private static final int NULL = 0xf6;
    private static final int UNDEFINED = 0xf7;
    private static final int FLOAT32 = 0xfa;
    private static final int FLOAT64 = 0xfb;

    private CdpCbor() {
    }

    /** {@code message} (a map) in its envelope. */
    static byte[] encode(ObjectNode message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(out, message);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                // the envelope, whose byte string has a 4-byte length however short the map is
                byte[] map = map(node);
                head(out, TAG, ENVELOPE_TAG);
                out.write(BYTES << 5 | 26);
                out.write(map.length >>> 24);
                out.write(map.length >>> 16);
                out.write(map.length >>> 8);
                out.write(map.length);
                out.writeBytes(map);
            }
            case ARRAY -> {
                out.write(ARRAY << 5 | INDEFINITE);
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.write(BREAK);
            }
            case STRING -> text(out, node.textValue());
            case NUMBER -> {
                if (node.isIntegralNumber() && node.canConvertToInt()) {
                    int value = node.intValue();
                    head(out, value < 0 ? NEGATIVE : UNSIGNED, value < 0 ? -1L - value : value);
                } else {
                    out.write(FLOAT64);
                    long bits = Double.doubleToLongBits(node.doubleValue());
                    for (int shift = 56; shift >= 0; shift -= 8) {
                        out.write((int) (bits >>> shift));
                    }
                }
            }
            case BOOLEAN -> out.write(node.booleanValue() ? TRUE : FALSE);
            case BINARY -> {
                head(out, TAG, BINARY_TAG);
                byte[] bytes = ((com.fasterxml.jackson.databind.node.BinaryNode) node).binaryValue();
                head(out, BYTES, bytes.length);
                out.writeBytes(bytes);
            }
            default -> out.write(NULL);
        }
    }

    private static byte[] map(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.write(MAP << 5 | INDEFINITE);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            text(out, field.getKey());
            write(out, field.getValue());
        }
        out.write(BREAK);
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            head(out, TEXT, bytes.length);
            out.writeBytes(bytes);
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
            head(out, BYTES, bytes.length);
            out.writeBytes(bytes);
        }
    }

    /** An item's first byte and the argument after it, in as few bytes as CBOR allows. */
    private static void head(ByteArrayOutputStream out, int major, long value) {
        int type = major << 5;
        if (value < 24) {
            out.write(type | (int) value);
        } else if (value < 0x100) {
            out.write(type | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(type | 25);
            out.write((int) (value >>> 8));
            out.write((int) value);
        } else {
            out.write(type | 26);
            for (int shift = 24; shift >= 0; shift -= 8) {
                out.write((int) (value >>> shift));
            }
        }
    }

    /** The message (a map, in its envelope or not) in {@code bytes}. */
    static JsonNode decode(byte[] bytes) throws IOException {
        Reader reader = new Reader(bytes);
        JsonNode message = reader.item();
        if (!message.isObject()) {
            throw new IOException("a message that is not a map");
        }
        return message;
    }

    /** Reads items from a message's bytes. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        JsonNode item() throws IOException {
            int initial = next();
            int major = initial >>> 5;
            int info = initial & 0x1f;
            switch (major) {
                case UNSIGNED:
                    return number(argument(info));
                case NEGATIVE:
                    return number(-1 - argument(info));
                case BYTES:
                    return NODES.textNode(new String(take(length(info)), StandardCharsets.UTF_16LE));
                case TEXT:
                    return NODES.textNode(new String(take(length(info)), StandardCharsets.UTF_8));
                case ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    long count = info == INDEFINITE ? -1 : argument(info);
                    for (long i = 0; count < 0 ? !breakNext() : i < count; i++) {
                        array.add(item());
                    }
                    return array;
                }
                case MAP: {
                    ObjectNode map = NODES.objectNode();
                    long count = info == INDEFINITE ? -1 : argument(info);
                    for (long i = 0; count < 0 ? !breakNext() : i < count; i++) {
                        JsonNode key = item();
                        map.set(key.asText(), item());
                    }
                    return map;
                }
                case TAG: {
                    long tag = argument(info);
                    if (tag == ENVELOPE_TAG) {
                        // a byte string whose content is the map that follows: read on into it
                        int head = next();
                        if (head >>> 5 != BYTES) {
                            throw error("an envelope without a byte string");
                        }
                        length(head & 0x1f);
                        return item();
                    }
                    if (tag == BINARY_TAG && peek() >>> 5 == BYTES) {
                        return NODES.binaryNode(take(length(next() & 0x1f)));
                    }
                    return item(); // a tag this protocol does not use: its value as it is
                }
                default:
                    return simple(initial);
            }
        }

        private JsonNode simple(int initial) throws IOException {
            switch (initial) {
                case FALSE:
                    return NODES.booleanNode(false);
                case TRUE:
                    return NODES.booleanNode(true);
                case NULL:
                case UNDEFINED:
                    return NODES.nullNode();
                case FLOAT32:
                    return NODES.numberNode(Float.intBitsToFloat((int) argument(26)));
                case FLOAT64:
                    return NODES.numberNode(Double.longBitsToDouble(argument(27)));
                default:
                    throw error(String.format("an item starting %02x", initial));
            }
        }

        private static JsonNode number(long value) {
            return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
        }

        private boolean breakNext() throws IOException {
            if (peek() == BREAK) {
                at++;
                return true;
            }
            return false;
        }

        private int length(int info) throws IOException {
            long length = argument(info);
            if (length < 0 || length > bytes.length - at) {
                throw error("a string of " + length + " bytes past the message's end");
            }
            return (int) length;
        }

        private long argument(int info) throws IOException {
            if (info < 24) {
                return info;
            }
            int size = switch (info) {
                case 24 -> 1;
                case 25 -> 2;
                case 26 -> 4;
                case 27 -> 8;
                default -> throw error("an item of indefinite length where a length goes");
            };
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = value << 8 | next();
            }
            return value;
        }

        private byte[] take(int length) {
            byte[] taken = Arrays.copyOfRange(bytes, at, at + length);
            at += length;
            return taken;
        }

        private int next() throws IOException {
            int b = peek();
            at++;
            return b;
        }

        private int peek() throws IOException {
            if (at >= bytes.length) {
                throw error("the message ends early");
            }
            return bytes[at] & 0xff;
        }

        private IOException error(String what) {
            return new IOException(what + " at byte " + at);
        }
    }
}
