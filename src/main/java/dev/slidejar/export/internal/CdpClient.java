package dev.slidejar.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
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
 * The Chrome DevTools Protocol over a pair of pipes in its binary mode ({@code --remote-debugging-pipe=cbor}):
 * each message is a CBOR map (RFC 8949) in an envelope that gives its length. Commands
 * ({@code {id, method, params, sessionId}}) wait for their answer; events go to listeners. One connection to the
 * browser, pages reached through flat sessions.
 *
 * <p>Binary mode because a printed PDF or a screenshot then crosses the pipe as bytes: in text mode the browser
 * turns each megabyte of base64 into JSON text on its main thread (about 15 MB a second here) and we parse it
 * back. On our side messages are {@link JsonNode}s of the protocol's JSON shape; a binary value (a PDF asked for
 * as base64, a screenshot) is a {@link com.fasterxml.jackson.databind.node.BinaryNode}, whose
 * {@link JsonNode#binaryValue()} gives the bytes and {@link JsonNode#asText()} their base64.
 *
 * See {@link CdpCbor} for the encoding.
 */
public final class CdpClient implements AutoCloseable {
    /** The first bytes of a message: tag 24 (the envelope), a byte string with a 4-byte or an 8-byte length. */
    private static final int ENVELOPE = 0xd8;
    private static final int ENVELOPE_TAG = 24;
    private static final int BYTES_32 = 0x5a;
    private static final int BYTES_64 = 0x5b;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final OutputStream out;
    private final DataInputStream in;
    private volatile String closedBecause;

    private CdpClient(OutputStream out, InputStream in) {
        this.out = out;
        this.in = new DataInputStream(new BufferedInputStream(in, 1 << 16));
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
        return NODES.objectNode();
    }

    /** Sends a command ({@code sessionId} null for the browser) and waits for its result. */
    public JsonNode send(String sessionId, String method, ObjectNode params, Duration timeout) throws CdpException {
        int id = ids.incrementAndGet();
        ObjectNode message = NODES.objectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params == null ? NODES.objectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            if (closedBecause != null) {
                throw new CdpException("the connection to Chromium is closed: " + closedBecause);
            }
            byte[] bytes = CdpCbor.encode(message);
            synchronized (out) {
                out.write(bytes);
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

    /**
     * The next event {@code method} of {@code sessionId} (null: of the browser itself, an event without a session);
     * ask for it before the command that causes it.
     */
    public CompletableFuture<JsonNode> next(String sessionId, String method) {
        CompletableFuture<JsonNode> event = new CompletableFuture<>();
        String session = sessionId == null ? "" : sessionId;
        Consumer<JsonNode> once = new Consumer<>() {
            @Override
            public void accept(JsonNode m) {
                if (method.equals(m.path("method").asText()) && session.equals(m.path("sessionId").asText())) {
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

    /** Reads messages until the browser closes its end. */
    private void read() {
        try {
            while (true) {
                byte[] message = nextMessage();
                if (message == null) {
                    break;
                }
                dispatch(message);
            }
            closed("Chromium closed it");
        } catch (IOException e) {
            closed(String.valueOf(e.getMessage()));
        }
    }

    /** The content of the next envelope, or null at the end of the pipe. */
    private byte[] nextMessage() throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int tag = in.readUnsignedByte();
        int type = in.readUnsignedByte();
        if (first != ENVELOPE || tag != ENVELOPE_TAG || type != BYTES_32 && type != BYTES_64) {
            throw new IOException(String.format("unreadable message from Chromium: it starts %02x %02x %02x",
                    first, tag, type));
        }
        long length = type == BYTES_32 ? in.readInt() & 0xffffffffL : in.readLong();
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new IOException("unreadable message from Chromium: " + length + " bytes long");
        }
        byte[] message = new byte[(int) length];
        in.readFully(message);
        return message;
    }

    private void dispatch(byte[] bytes) {
        JsonNode message;
        try {
            message = CdpCbor.decode(bytes);
        } catch (IOException | RuntimeException e) {
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
