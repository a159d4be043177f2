package dev.slidejar.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The servers of the dev server and of export send responses without waiting for delayed ACKs. */
class HttpServersTest {
    @Test
    void serversAreCreatedWithNoDelay() throws IOException {
        HttpServer server = HttpServers.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try {
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
            assertThat(server.getAddress().getPort()).isPositive();
        } finally {
            server.stop(0);
        }
    }
}
