package dev.slidejar.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slidejar.export.internal.CdpClient.CdpException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DevTools pipe as the browser speaks it: NUL after each JSON message, any number of messages per write and
 * a message over many writes; answers matched to their commands, events to listeners, the end of the pipe to a
 * clear error.
 */
class CdpClientTest {
    private static final Duration SECOND = Duration.ofSeconds(5);
    private final ObjectMapper json = new ObjectMapper();
    private PipedOutputStream browserWrites;
    private InputStream browserReads;
    private CdpClient cdp;

    @BeforeEach
    void connect() throws IOException {
        PipedInputStream toBrowser = new PipedInputStream(1 << 20);
        browserReads = toBrowser;
        browserWrites = new PipedOutputStream();
        PipedInputStream fromBrowser = new PipedInputStream(browserWrites, 1 << 20);
        cdp = CdpClient.over(new PipedOutputStream(toBrowser), fromBrowser);
    }

    @AfterEach
    void close() {
        cdp.close();
    }

    @Test
    void answersSplitAndGluedAreMatchedToTheirCommands() throws Exception {
        String big = "x".repeat(300_000);
        Thread browser = browser(commands -> {
            JsonNode first = commands.get(0);
            JsonNode second = commands.get(1);
            // the second answer first, glued to an event, then the first one in three pieces
            String event = "{\"method\":\"Page.loadEventFired\",\"sessionId\":\"S\",\"params\":{}}";
            write(answer(second, "\"two\"") + "\0" + event + "\0");
            byte[] bytes = (answer(first, "\"" + big + "\"") + "\0").getBytes(StandardCharsets.UTF_8);
            browserWrites.write(bytes, 0, 10);
            browserWrites.write(bytes, 10, 150_000);
            browserWrites.write(bytes, 150_010, bytes.length - 150_010);
            browserWrites.flush();
        });
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
    void anAnswerLargerThanJacksonsDefaultStringLimitArrives() throws Exception {
        // a screenshot or a piece of a PDF is one base64 string; Jackson refuses strings over 20 million characters
        int size = 21_000_000;
        Thread browser = browser(commands -> {
            byte[] head = ("{\"id\":" + commands.get(0).path("id").asInt() + ",\"result\":{\"data\":\"")
                    .getBytes(StandardCharsets.UTF_8);
            browserWrites.write(head);
            byte[] block = "QUJD".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < size; written += block.length) {
                browserWrites.write(block, 0, Math.min(block.length, size - written));
            }
            write("\"}}\0");
        }, 1);
        JsonNode result = cdp.send(null, "IO.read", null, Duration.ofSeconds(30));
        assertThat(result.path("data").asText()).hasSize(size).startsWith("QUJDQUJD");
        browser.join(5_000);
    }

    @Test
    void anUnreadableMessageFailsTheWaitingCommandAtOnce() throws Exception {
        Thread browser = browser(commands -> write("{\"id\": oops\0"), 1);
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
        Thread browser = browser(commands -> write("{\"id\":" + commands.get(0).path("id").asInt()
                + ",\"error\":{\"code\":-32000,\"message\":\"No target with given id\"}}\0"), 1);
        assertThatThrownBy(() -> cdp.send(null, "Target.attachToTarget", null, SECOND))
                .isInstanceOf(CdpException.class).hasMessage("Target.attachToTarget: No target with given id");
        browser.join(5_000);
    }

    private interface Script {
        void run(List<JsonNode> commands) throws IOException;
    }

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    /** A browser that reads {@code count} (2 by default) commands, then runs {@code script} on them. */
    private Thread browser(Script script) {
        return browser(script, 2);
    }

    private Thread browser(Script script, int count) {
        Thread thread = new Thread(() -> {
            try {
                ByteArrayOutputStream message = new ByteArrayOutputStream();
                while (received.size() < count) {
                    int b = browserReads.read();
                    if (b < 0) {
                        return;
                    }
                    if (b == 0) {
                        received.add(json.readTree(message.toByteArray()));
                        message.reset();
                    } else {
                        message.write(b);
                    }
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

    private static String answer(JsonNode command, String value) {
        return "{\"id\":" + command.path("id").asInt() + ",\"result\":{\"value\":" + value + "}}";
    }

    private void write(String text) throws IOException {
        OutputStream out = browserWrites;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
