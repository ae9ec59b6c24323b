package workbook.propagation;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the W3C suite's harness: an HTTP server on 127.0.0.1 that answers every
 * POST with {@code 200 null} and remembers the headers and body it received.
 */
final class CallbackReceiver implements AutoCloseable {

    /** One request the receiver got. */
    record Received(String path, Headers headers, String body) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    private CallbackReceiver(HttpServer server) {
        this.server = server;
    }

    static CallbackReceiver start() throws IOException {
        CallbackReceiver receiver = new CallbackReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        receiver.server.createContext("/", exchange -> {
            Headers headers = Headers.empty();
            for (Map.Entry<String, List<String>> field : exchange.getRequestHeaders().entrySet()) {
                for (String value : field.getValue()) {
                    headers = headers.with(field.getKey(), value);
                }
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (receiver.received) {
                receiver.received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            }
            byte[] answer = "null".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.server.start();
        return receiver;
    }

    /** The URL of {@code path} on this receiver. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    /** The requests so far, in the order they arrived. */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
