package workbook.propagation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import workbook.trace.Clock;
import workbook.trace.Span;
import workbook.trace.SpanKind;
import workbook.tracer.SpanSink;

/**
 * Serves {@code POST /test} for {@link TraceContextServer}:
 *
 * <ol>
 *   <li>reads the body's calls; a body that is not a JSON array of calls is answered
 *       {@code 400} with the reason (so is one over {@value #MAX_BODY_BYTES} bytes);</li>
 *   <li>reads {@code traceparent} and {@code tracestate} ({@link W3cPropagator#read}) and
 *       continues that trace, or starts a new one when there is no valid
 *       {@code traceparent} ({@link TraceParticipant#serverContext});</li>
 *   <li>makes each call in order, each as its own client span, sending that span's
 *       {@code traceparent} and the {@code tracestate}
 *       ({@link TraceParticipant#clientContext}); a call that fails is recorded as an
 *       error and the next one is still made;</li>
 *   <li>answers {@code 200} with a JSON summary: the trace ID and, per call, the
 *       {@code traceparent} sent and the status received (or the error).</li>
 * </ol>
 *
 * A failure of the service itself (such as an unfinished TODO) is answered {@code 500}
 * with its message. Every request is logged.
 *
 * <p>Thread-safe when its participant, sink and log are: it keeps no state between requests.
 */
final class TestServiceHandler implements HttpHandler {

    /** The largest request body read. */
    static final int MAX_BODY_BYTES = 1 << 20;

    static final String SERVICE_NAME = "TraceContextTestService";

    private final TraceParticipant participant;
    private final SpanSink spans;
    private final Clock clock;
    private final HttpClient client;
    private final ObjectMapper json;
    private final PrintStream log;

    TestServiceHandler(TraceParticipant participant, SpanSink spans, Clock clock, HttpClient client, ObjectMapper json,
                       PrintStream log) {
        this.participant = participant;
        this.spans = spans;
        this.clock = clock;
        this.client = client;
        this.json = json;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(TraceContextServer.PATH)) {
                respond(exchange, 404, "text/plain", "no such path: " + exchange.getRequestURI().getPath());
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "text/plain", "use POST, not " + exchange.getRequestMethod());
            } else {
                serve(exchange);
            }
        } catch (MalformedRequestException e) {
            log("%s %s: 400 %s", exchange.getRequestMethod(), exchange.getRequestURI(), e.getMessage());
            respond(exchange, 400, "text/plain", e.getMessage());
        } catch (RuntimeException e) {
            log("%s %s: 500 %s", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            respond(exchange, 500, "text/plain", String.valueOf(e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        List<OutgoingCall> calls = OutgoingCall.parseAll(readBody(exchange.getRequestBody()), json);
        Headers received = traceHeaders(exchange.getRequestHeaders());
        Optional<W3cContext> incoming = W3cPropagator.read(received);
        W3cContext server = participant.serverContext(incoming);
        Span serverSpan = Span.start(server.context(), "POST " + TraceContextServer.PATH, SERVICE_NAME,
                SpanKind.SERVER, clock);
        log("POST %s %s -> %s trace %s, %d call(s)", TraceContextServer.PATH, received, outcome(incoming, received),
                server.context().traceId(), calls.size());

        ObjectNode summary = json.createObjectNode().put("traceId", server.context().traceId());
        ArrayNode results = summary.putArray("calls");
        for (OutgoingCall call : calls) {
            results.add(forward(server, call));
        }
        serverSpan.tag("http.status_code", 200);
        record(serverSpan);
        respond(exchange, 200, "application/json", json.writeValueAsString(summary));
    }

    /** Why the request's trace is continued, started or restarted, for the log. */
    private static String outcome(Optional<W3cContext> incoming, Headers received) {
        int traceparents = received.values(W3cPropagator.TRACEPARENT).size();
        if (incoming.isPresent()) {
            return "continues";
        }
        return traceparents == 0 ? "no traceparent: starts"
                : traceparents == 1 ? "invalid traceparent: restarts"
                : traceparents + " traceparent fields: restarts";
    }

    /** Makes one call as its own client span; a failed call is an error on that span, not on the request. */
    private ObjectNode forward(W3cContext server, OutgoingCall call) throws IOException {
        W3cContext callContext = participant.clientContext(server);
        Span span = Span.start(callContext.context(), "POST", SERVICE_NAME, SpanKind.CLIENT, clock)
                .tag("http.url", call.url().toString());
        Headers sent = W3cPropagator.write(callContext, Headers.empty().with("Content-Type", "application/json"));
        HttpRequest.Builder request = HttpRequest.newBuilder(call.url())
                .timeout(TraceContextServer.CALL_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(call.arguments())));
        sent.fields().forEach(field -> request.header(field.getKey(), field.getValue()));

        ObjectNode result = json.createObjectNode().put("url", call.url().toString())
                .put("traceparent", callContext.traceparent().toHeader());
        try {
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            span.tag("http.status_code", status);
            result.put("status", status);
            log("  call %s %s -> %d", call.url(), sent, status);
        } catch (IOException e) {
            failed(span, result, call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(span, result, call, e);
        } finally {
            record(span);
        }
        return result;
    }

    private void failed(Span span, ObjectNode result, OutgoingCall call, Exception e) {
        span.tag("error", true).tag("error.message", String.valueOf(e));
        result.put("error", String.valueOf(e));
        log("  call %s failed: %s", call.url(), e);
    }

    /** Finishes a span and, when its trace is sampled, hands it to the sink. */
    private void record(Span span) {
        span.finish();
        if (span.context().sampled()) {
            spans.accept(span.toData());
        }
    }

    /** The request's {@code traceparent} and {@code tracestate} fields, every value in the order received. */
    private static Headers traceHeaders(com.sun.net.httpserver.Headers exchangeHeaders) {
        Headers headers = Headers.empty();
        for (String name : List.of(W3cPropagator.TRACEPARENT, W3cPropagator.TRACESTATE)) {
            for (Map.Entry<String, List<String>> field : exchangeHeaders.entrySet()) {
                if (field.getKey().equalsIgnoreCase(name)) {
                    for (String value : field.getValue()) {
                        headers = headers.with(name, value);
                    }
                }
            }
        }
        return headers;
    }

    private static byte[] readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new MalformedRequestException("the body must be at most " + MAX_BODY_BYTES + " bytes");
        }
        return bytes;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void log(String format, Object... args) {
        log.printf(Locale.ROOT, "[%.3f] %s%n", clock.now(), String.format(Locale.ROOT, format, args));
    }
}
