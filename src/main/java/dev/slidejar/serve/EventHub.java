package dev.slidejar.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/** The open server-sent-event streams, and sending one event to all of them. */
final class EventHub {
    /** Each open stream, and the latch its request thread waits on until the stream ends. */
    private final Map<OutputStream, CountDownLatch> streams = new ConcurrentHashMap<>();
    private volatile String lastError;

    /**
     * Adds a page's stream, sends it {@code update} when not null (what changed since the page was served), and
     * blocks the calling (request) thread until that stream fails or the hub closes:
     * the response must stay open for events to reach the page.
     */
    void serve(OutputStream stream, String update) throws IOException, InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        streams.put(stream, done);
        write(stream, "hello", "{}");
        if (update != null) {
            write(stream, "update", update);
        }
        String error = lastError;
        if (error != null) {
            write(stream, "failure", error);
        }
        done.await();
    }

    /** A comment line to every page, so that streams of pages that are gone are noticed and dropped. */
    void ping() {
        for (OutputStream stream : streams.keySet()) {
            try {
                synchronized (stream) {
                    stream.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                    stream.flush();
                }
            } catch (IOException e) {
                drop(stream);
            }
        }
    }

    /** Sends {@code data} (one line of JSON) as event {@code name} to every open page. */
    void send(String name, String data) {
        if (name.equals("failure")) {
            lastError = data;
        } else if (name.equals("update")) {
            lastError = null;
        }
        for (OutputStream stream : streams.keySet()) {
            try {
                write(stream, name, data);
            } catch (IOException e) {
                drop(stream);
            }
        }
    }

    private void drop(OutputStream stream) {
        CountDownLatch done = streams.remove(stream);
        if (done != null) {
            done.countDown();
        }
    }

    int size() {
        return streams.size();
    }

    void closeAll() {
        for (OutputStream stream : streams.keySet()) {
            drop(stream);
        }
    }

    /** One event; {@code data} is JSON, whose line breaks (only formatting: strings escape theirs) are removed. */
    private static void write(OutputStream stream, String name, String data) throws IOException {
        String line = data.replace("\n", "");
        synchronized (stream) {
            stream.write(("event: " + name + "\ndata: " + line + "\n\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }
    }
}
