package dev.slidejar.site;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The JDK's HTTP server, set up for serving a site's pages to a browser on the same machine. */
public final class HttpServers {
    static {
        // TCP_NODELAY on every connection: otherwise the last small segment of a response (a page, a script) waits
        // for the browser's delayed ACK, about 40 ms per response on loopback. Read once, when the server's
        // configuration class loads, so it is set before the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private HttpServers() {
    }

    /** An unstarted server bound to {@code address}, as {@link HttpServer#create(InetSocketAddress, int)}. */
    public static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        return HttpServer.create(address, backlog);
    }
}
