package dev.slidejar.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Chrome DevTools Protocol over a pair of pipes ({@code --remote-debugging-pipe}: each message is JSON text
 * followed by a NUL byte): commands ({@code {id, method, params, sessionId}}) wait for their answer; events go
 * to listeners. One connection to the browser, pages reached through flat sessions. A pipe carries the
 * megabytes of a printed PDF without the framing, masking and text decoding a WebSocket costs.
 */
public final class CdpClient implements AutoCloseable {
    /**
     * A screenshot or a piece of a PDF is one base64 string, larger than Jackson's default limit for a string
     * (20 million characters); a message it refused would be lost, and its command would time out.
     */
    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build());
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final OutputStream out;
    private final InputStream in;
    private volatile String closedBecause;

    private CdpClient(OutputStream out, InputStream in) {
        this.out = out;
        this.in = in;
    }

    /**
     * Talks to the browser that reads commands from {@code toBrowser} and writes answers and events to
     * {@code fromBrowser}; a daemon thread reads them until the pipe ends.
     */
    public static CdpClient over(OutputStream toBrowser, InputStream fromBrowser) {
        CdpClient client = new CdpClient(toBrowser, fromBrowser);
        Thread reader = new Thread(client::read, "slidejar-cdp");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    public ObjectNode params() {
        return json.createObjectNode();
    }

    /** Sends a command ({@code sessionId} null for the browser) and waits for its result. */
    public JsonNode send(String sessionId, String method, ObjectNode params, Duration timeout) throws CdpException {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params == null ? json.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            if (closedBecause != null) {
                throw new CdpException("the connection to Chromium is closed: " + closedBecause);
            }
            byte[] bytes = json.writeValueAsBytes(message);
            synchronized (out) {
                out.write(bytes);
                out.write(0);
                out.flush();
            }
            JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new CdpException(method + ": " + reply.path("error").path("message").asText());
            }
            return reply.path("result");
        } catch (TimeoutException e) {
            throw new CdpException(method + " got no answer in " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            throw new CdpException(method + ": " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new CdpException(method + ": the connection to Chromium is closed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CdpException(method + ": interrupted");
        } finally {
            pending.remove(id);
        }
    }

    /** The next event {@code method} of {@code sessionId}; ask for it before the command that causes it. */
    public CompletableFuture<JsonNode> next(String sessionId, String method) {
        CompletableFuture<JsonNode> event = new CompletableFuture<>();
        Consumer<JsonNode> once = new Consumer<>() {
            @Override
            public void accept(JsonNode m) {
                if (method.equals(m.path("method").asText()) && sessionId.equals(m.path("sessionId").asText())) {
                    listeners.remove(this);
                    event.complete(m.path("params"));
                }
            }
        };
        listeners.add(once);
        event.whenComplete((v, e) -> listeners.remove(once));
        return event;
    }

    /** Every event from now on, until {@link #close()}. */
    public void listen(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Reads messages until the browser closes its end, growing one buffer to the largest message seen. */
    private void read() {
        byte[] message = new byte[1 << 16];
        int length = 0;
        byte[] chunk = new byte[1 << 16];
        try {
            for (int n; (n = in.read(chunk)) > 0; ) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        message = append(message, length, chunk, from, i - from);
                        dispatch(message, length + i - from);
                        length = 0;
                        from = i + 1;
                    }
                }
                message = append(message, length, chunk, from, n - from);
                length += n - from;
            }
            closed("Chromium closed it");
        } catch (IOException e) {
            closed(String.valueOf(e.getMessage()));
        }
    }

    private static byte[] append(byte[] buffer, int length, byte[] bytes, int from, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(bytes, from, buffer, length, count);
        return buffer;
    }

    private void dispatch(byte[] bytes, int length) {
        JsonNode message;
        try {
            message = json.readTree(bytes, 0, length);
        } catch (IOException e) {
            // which command it answered is unknown: every waiting one fails now rather than when it times out
            String why = "unreadable message from Chromium: " + e.getMessage();
            pending.values().forEach(f -> f.completeExceptionally(new IOException(why)));
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.path("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
        } else {
            listeners.forEach(l -> l.accept(message));
        }
    }

    private void closed(String why) {
        closedBecause = why;
        pending.values().forEach(f -> f.completeExceptionally(new IOException("connection closed: " + why)));
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // the browser is gone already
        }
        closed("closed by Slidejar");
    }

    /** A command that failed, or got no answer in time ({@link #timedOut()}). */
    public static final class CdpException extends Exception {
        private final boolean timedOut;

        public CdpException(String message) {
            this(message, false);
        }

        CdpException(String message, boolean timedOut) {
            super(message);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }
}
