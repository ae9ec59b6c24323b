package workbook.propagation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.trace.Clock;
import workbook.tracer.SpanSink;

/**
 * A real HTTP endpoint for the official W3C Trace Context test suite: the "test service"
 * its README describes. It listens on {@code 127.0.0.1} only; each {@code POST /test}
 * carries a JSON array of calls ({@link OutgoingCall}), and the service makes each call
 * with the {@code traceparent} and {@code tracestate} a compliant participant sends
 * ({@link TraceParticipant}), then answers {@code 200} with what it did. The suite checks
 * the headers of those calls. See {@link TestServiceHandler} for the details.
 *
 * <p>Thread safety: requests are handled concurrently by a small pool of daemon threads;
 * the participant, the span sink and the log must be thread-safe. {@link #close()} may be
 * called from any thread.
 */
public final class TraceContextServer implements AutoCloseable {

    /** The path the test service answers on. */
    public static final String PATH = "/test";

    /** How long an outgoing call may take to connect, and then to answer. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private TraceContextServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts the endpoint on {@code 127.0.0.1:port}.
     *
     * @param port        0 to 65535; 0 picks a free port ({@link #port()} tells which)
     * @param participant makes the contexts of the server and client spans
     * @param spans       where the sampled spans go once finished
     * @param clock       times the spans
     * @param log         one line per request and per call
     * @throws IOException when the port cannot be bound, e.g. because it is in use
     */
    public static TraceContextServer start(int port, TraceParticipant participant, SpanSink spans, Clock clock,
                                           PrintStream log) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CALL_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.createContext(PATH, new TestServiceHandler(participant, spans, clock, client, new ObjectMapper(), log));
        server.setExecutor(executor);
        server.start();
        return new TraceContextServer(server, executor);
    }

    /** The port the endpoint listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL to give the W3C test suite, such as {@code http://127.0.0.1:7777/test}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port() + PATH);
    }

    /** Stops listening at once and ends the handler threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "trace-context-server-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
