package dev.slidejar.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slidejar.export.internal.CdpClient.CdpException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DevTools pipe in binary mode as the browser speaks it: each message a CBOR map in an envelope (tag 24, a
 * byte string with a 4-byte length), every map in its own envelope, text as UTF-8 or UTF-16LE, binary data tagged
 * 22; any number of messages per write and a message over many writes; answers matched to their commands, events
 * to listeners, the end of the pipe to a clear error. The browser's side is written byte by byte here, from the
 * encoding's rules, not with the class under test.
 */
class CdpClientTest {
    private static final Duration SECOND = Duration.ofSeconds(5);
    private PipedOutputStream browserWrites;
    private DataInputStream browserReads;
    private CdpClient cdp;

    @BeforeEach
    void connect() throws IOException {
        PipedInputStream toBrowser = new PipedInputStream(1 << 20);
        browserReads = new DataInputStream(toBrowser);
        browserWrites = new PipedOutputStream();
        PipedInputStream fromBrowser = new PipedInputStream(browserWrites, 1 << 20);
        cdp = CdpClient.over(new PipedOutputStream(toBrowser), fromBrowser);
    }

    @AfterEach
    void close() {
        cdp.close();
    }

    @Test
    void aCommandIsAMapInAnEnvelopeAsTheBrowserReadsIt() throws Exception {
        Thread browser = browser(commands -> write(answer(commands.get(0), text("ok"))), 1);
        var params = cdp.params().put("expression", "1 + 1").put("awaitPromise", true).put("n", -3).put("x", 0.5)
                .put("text", "caf\u00e9");
        params.putArray("list").add(1).add("a");
        cdp.send("S1", "Runtime.evaluate", params, SECOND);
        browser.join(5_000);
        byte[] wire = raw.get(0);
        // the envelope: tag 24, a byte string of 4-byte length, and in it an indefinite-length map
        assertThat(Arrays.copyOf(wire, 3)).containsExactly(0xd8, 0x18, 0x5a);
        int length = (wire[3] & 0xff) << 24 | (wire[4] & 0xff) << 16 | (wire[5] & 0xff) << 8 | wire[6] & 0xff;
        assertThat(length).isEqualTo(wire.length - 7);
        assertThat(wire[7] & 0xff).isEqualTo(0xbf);
        assertThat(wire[wire.length - 1] & 0xff).isEqualTo(0xff);
        String bytes = hex(wire);
        // "id": 1; the params map in an envelope of its own; ASCII text in UTF-8; other text in UTF-16LE bytes;
        // a negative integer; a double; an indefinite-length array
        assertThat(bytes).contains(hex(text("id")) + "01")
                .contains(hex(text("params")) + "d8185a")
                .contains(hex(text("expression")) + hex(text("1 + 1")))
                .contains(hex(text("awaitPromise")) + "f5")
                .contains(hex(text("n")) + "22")
                .contains(hex(text("x")) + "fb3fe0000000000000")
                .contains(hex(text("text")) + "48" + "630061006600e900")
                .contains(hex(text("list")) + "9f01" + hex(text("a")) + "ff")
                .contains(hex(text("sessionId")) + hex(text("S1")));
    }

    @Test
    void answersSplitAndGluedAreMatchedToTheirCommands() throws Exception {
        String big = "x".repeat(300_000);
        Thread browser = browser(commands -> {
            byte[] event = map(text("method"), text("Page.loadEventFired"), text("sessionId"), text("S"),
                    text("params"), map());
            // the second answer first, glued to an event, then the first one in three pieces
            write(concat(answer(commands.get(1), text("two")), event));
            byte[] bytes = answer(commands.get(0), text(big));
            browserWrites.write(bytes, 0, 5);
            browserWrites.write(bytes, 5, 150_000);
            browserWrites.write(bytes, 150_005, bytes.length - 150_005);
            browserWrites.flush();
        }, 2);
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        cdp.listen(events::add);
        var loaded = cdp.next("S", "Page.loadEventFired");
        var first = new CompletableFuture<JsonNode>();
        Thread caller = new Thread(() -> {
            try {
                first.complete(cdp.send(null, "One.first", null, SECOND));
            } catch (CdpException e) {
                first.completeExceptionally(e);
            }
        });
        caller.start();
        waitForCommands(1);
        JsonNode second = cdp.send("S", "Two.second", cdp.params().put("a", 1), SECOND);
        assertThat(second.path("value").asText()).isEqualTo("two");
        assertThat(first.get(5, TimeUnit.SECONDS).path("value").asText()).hasSize(300_000);
        assertThat(loaded.get(5, TimeUnit.SECONDS).isObject()).isTrue();
        assertThat(events).extracting(e -> e.path("method").asText()).contains("Page.loadEventFired");
        browser.join(5_000);
    }

    @Test
    void anEventOfTheBrowserItselfIsHeardWithoutASession() throws Exception {
        Thread browser = browser(commands -> {
            write(map(text("method"), text("Target.targetCreated"), text("sessionId"), text("S"), text("params"),
                    map(text("of"), text("a tab"))));
            write(map(text("method"), text("Target.targetCreated"), text("params"), map(text("of"), text("the browser"))));
            write(answer(commands.get(0), text("done")));
        }, 1);
        var ofBrowser = cdp.next(null, "Target.targetCreated");
        var ofTab = cdp.next("S", "Target.targetCreated");
        assertThat(cdp.send(null, "Target.setDiscoverTargets", null, SECOND).path("value").asText()).isEqualTo("done");
        assertThat(ofBrowser.get(5, TimeUnit.SECONDS).path("of").asText()).isEqualTo("the browser");
        assertThat(ofTab.get(5, TimeUnit.SECONDS).path("of").asText()).isEqualTo("a tab");
        browser.join(5_000);
    }

    @Test
    void binaryDataArrivesAsBytesAndTextAsText() throws Exception {
        byte[] pdf = new byte[3_000_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        Thread browser = browser(commands -> write(answer(commands.get(0), concat(new byte[] {(byte) 0xd6},
                bytes(pdf)), text("title"), utf16("Diapositive \u00e0 \u00e9\u00e9 \u2014 \ud83d\ude00"),
                text("count"), new byte[] {0x1a, 0x12, 0x34, 0x56, 0x78}, text("ratio"),
                new byte[] {(byte) 0xfb, 0x3f, (byte) 0xf8, 0, 0, 0, 0, 0, 0}, text("none"), new byte[] {(byte) 0xf6},
                text("list"), new byte[] {(byte) 0x9f, 0x01, 0x38, 0x63, (byte) 0xff})), 1);
        JsonNode result = cdp.send(null, "Page.printToPDF", null, SECOND);
        assertThat(result.path("data").isBinary()).isTrue();
        assertThat(result.path("data").binaryValue()).isEqualTo(pdf);
        assertThat(result.path("value").path("title").asText()).isEqualTo("Diapositive \u00e0 \u00e9\u00e9 \u2014 \ud83d\ude00");
        assertThat(result.path("value").path("count").asInt()).isEqualTo(0x12345678);
        assertThat(result.path("value").path("ratio").asDouble()).isEqualTo(1.5);
        assertThat(result.path("value").path("none").isNull()).isTrue();
        assertThat(result.path("value").path("list").toString()).isEqualTo("[1,-100]");
        browser.join(5_000);
    }

    @Test
    void anUnreadableMessageFailsTheWaitingCommandAtOnce() throws Exception {
        // an envelope whose map stops in the middle of a key
        Thread browser = browser(commands -> write(envelope(new byte[] {(byte) 0xbf, 0x62, 0x69})), 1);
        assertThatThrownBy(() -> cdp.send(null, "Browser.getVersion", null, Duration.ofSeconds(30)))
                .isInstanceOf(CdpException.class).hasMessageContaining("unreadable message from Chromium")
                .satisfies(e -> assertThat(((CdpException) e).timedOut()).isFalse());
        browser.join(5_000);
    }

    @Test
    void aBrowserThatSpeaksJsonIsAClearErrorNotATimeout() throws Exception {
        Thread browser = browser(commands -> write("{\"id\":1,\"result\":{}}\0".getBytes(StandardCharsets.UTF_8)), 1);
        assertThatThrownBy(() -> cdp.send(null, "Browser.getVersion", null, Duration.ofSeconds(30)))
                .isInstanceOf(CdpException.class).hasMessageContaining("unreadable message from Chromium")
                .satisfies(e -> assertThat(((CdpException) e).timedOut()).isFalse());
        browser.join(5_000);
    }

    @Test
    void aCommandWhenTheBrowserIsGoneFailsWithTheReason() throws Exception {
        browserWrites.close();
        Thread.sleep(100);
        assertThatThrownBy(() -> cdp.send(null, "Browser.getVersion", null, SECOND))
                .isInstanceOf(CdpException.class).hasMessageContaining("closed")
                .satisfies(e -> assertThat(((CdpException) e).timedOut()).isFalse());
    }

    @Test
    void aCommandWithoutAnswerTimesOut() {
        assertThatThrownBy(() -> cdp.send(null, "Browser.getVersion", null, Duration.ofMillis(200)))
                .isInstanceOf(CdpException.class).hasMessageContaining("got no answer in 200 ms")
                .satisfies(e -> assertThat(((CdpException) e).timedOut()).isTrue());
    }

    @Test
    void anErrorAnswerIsAnException() throws Exception {
        Thread browser = browser(commands -> write(map(text("id"), integer(commands.get(0).path("id").asInt()),
                text("error"), map(text("code"), new byte[] {0x39, 0x7c, (byte) 0xff}, text("message"),
                        text("No target with given id")))), 1);
        assertThatThrownBy(() -> cdp.send(null, "Target.attachToTarget", null, SECOND))
                .isInstanceOf(CdpException.class).hasMessage("Target.attachToTarget: No target with given id");
        browser.join(5_000);
    }

    private interface Script {
        void run(List<JsonNode> commands) throws IOException;
    }

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<byte[]> raw = new CopyOnWriteArrayList<>();

    /** A browser that reads {@code count} commands (envelopes), then runs {@code script} on them. */
    private Thread browser(Script script, int count) {
        Thread thread = new Thread(() -> {
            try {
                while (received.size() < count) {
                    byte[] head = new byte[7];
                    browserReads.readFully(head);
                    int length = (head[3] & 0xff) << 24 | (head[4] & 0xff) << 16 | (head[5] & 0xff) << 8
                            | head[6] & 0xff;
                    byte[] body = new byte[length];
                    browserReads.readFully(body);
                    raw.add(concat(head, body));
                    received.add(CdpCbor.decode(body));
                }
                script.run(received);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void waitForCommands(int count) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        while (received.size() < count && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }

    /** {@code {id, result: {value: VALUE}}}, or with more pairs after {@code value}: {@code result: {data, value: {...}}}. */
    private static byte[] answer(JsonNode command, byte[] value, byte[]... more) {
        byte[] result = more.length == 0 ? map(text("value"), value) : map(text("data"), value, text("value"),
                map(more));
        return map(text("id"), integer(command.path("id").asInt()), text("result"), result);
    }

    /** An indefinite-length map of the given keys and values, in its envelope. */
    private static byte[] map(byte[]... pairs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xbf);
        for (byte[] item : pairs) {
            out.writeBytes(item);
        }
        out.write(0xff);
        return envelope(out.toByteArray());
    }

    private static byte[] envelope(byte[] content) {
        int n = content.length;
        return concat(new byte[] {(byte) 0xd8, 0x18, 0x5a, (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8),
                (byte) n}, content);
    }

    private static byte[] text(String ascii) {
        return concat(head(3, ascii.length()), ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] utf16(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] bytes(byte[] content) {
        return concat(head(2, content.length), content);
    }

    private static byte[] integer(int value) {
        return head(0, value);
    }

    private static byte[] head(int major, int value) {
        int type = major << 5;
        if (value < 24) {
            return new byte[] {(byte) (type | value)};
        } else if (value < 0x100) {
            return new byte[] {(byte) (type | 24), (byte) value};
        } else if (value < 0x10000) {
            return new byte[] {(byte) (type | 25), (byte) (value >>> 8), (byte) value};
        }
        return new byte[] {(byte) (type | 26), (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8),
                (byte) value};
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    private void write(byte[] bytes) throws IOException {
        browserWrites.write(bytes);
        browserWrites.flush();
    }
}
