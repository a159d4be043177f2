package dev.slidejar.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The Chrome DevTools Protocol over the JDK's WebSocket: commands ({@code {id, method, params, sessionId}}) wait
 * for their answer; events go to listeners. One connection to the browser, pages reached through flat sessions.
 */
public final class CdpClient implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile String closedBecause;

    private CdpClient() {
    }

    /** Connects to a {@code ws://127.0.0.1:PORT/devtools/browser/ID} endpoint. */
    public static CdpClient connect(URI endpoint, Duration timeout) throws IOException {
        CdpClient client = new CdpClient();
        try {
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, client.new Listener()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to Chromium's DevTools at " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to Chromium", e);
        }
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
            synchronized (this) {
                socket.sendText(message.toString(), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (IOException e) {
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
        WebSocket s = socket;
        if (s != null && !s.isOutputClosed()) {
            s.abort();
        }
        closed("closed by Slidejar");
    }

    /** Reassembles messages that arrive in parts (a printed PDF or a screenshot is several megabytes). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed("Chromium closed it (" + statusCode + ")");
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed(String.valueOf(error.getMessage()));
        }
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
