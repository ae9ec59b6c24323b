package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

/**
 * Hidden checks of the HTTP test service: bad requests are answered 400/404/405 with the
 * reason, a restarted trace gets a new trace ID, a failed call does not stop the next one,
 * and sampled requests record a server span with one client span per call.
 */
class TestServiceHiddenTest {

    private static final String TRACE_ID = "12345678901234567890123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SpanData> spans = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private TraceContextServer start() throws IOException {
        return TraceContextServer.start(0, new TraceParticipant(IdGenerator.random(new SplittableRandom(3)), id -> true),
                spans::add, () -> 2.5, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private static String calls(URI... urls) {
        StringBuilder body = new StringBuilder("[");
        for (URI url : urls) {
            body.append(body.length() > 1 ? "," : "").append("{\"url\": \"").append(url).append("\"}");
        }
        return body.append(']').toString();
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 malformed bodies are 400 with the reason; other methods 405; other paths 404")
    void badRequestsAreRejected() throws Exception {
        try (TraceContextServer service = start()) {
            URI endpoint = service.endpoint();
            String[][] cases = {
                {"not json", "not JSON"},
                {"{\"url\": \"http://127.0.0.1:1/\"}", "JSON array"},
                {"", "got nothing"},
                {"[1]", "element 0 must be an object"},
                {"[{\"arguments\": []}]", "needs a string \"url\""},
                {"[{\"url\": 7}]", "needs a string \"url\""},
                {"[{\"url\": \"http://example.com/\"}]", "on this machine"},
                {"[{\"url\": \"https://127.0.0.1/\"}]", "on this machine"},
                {"[{\"url\": \"http:///test\"}]", "on this machine"},
                {"[{\"url\": \"http://127.0.0.1:80/a b\"}]", "is not a URI"},
                {"[" + "{\"url\": \"http://127.0.0.1:1/\"},".repeat(OutgoingCall.MAX_CALLS) + "{\"url\": \"x\"}]",
                        "at most " + OutgoingCall.MAX_CALLS},
            };
            for (String[] bad : cases) {
                HttpResponse<String> response = TestServiceTest.post(endpoint, bad[0]);
                assertThat(response.statusCode()).as("status for body %s", bad[0]).isEqualTo(400);
                assertThat(response.body()).as("reason for body %s", bad[0]).contains(bad[1]);
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> get = client.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow")).contains("POST");
            assertThat(TestServiceTest.post(endpoint.resolve("/test/more"), "[]").statusCode()).isEqualTo(404);
            assertThat(TestServiceTest.post(endpoint, "[]").statusCode()).as("no calls is fine").isEqualTo(200);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains(": 400 the body is not JSON");
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 an invalid traceparent restarts the trace and drops the tracestate")
    void invalidTraceparentRestarts() throws Exception {
        try (CallbackReceiver harness = CallbackReceiver.start(); TraceContextServer service = start()) {
            HttpResponse<String> response = TestServiceTest.post(service.endpoint(), calls(harness.url("a.0")),
                    "traceparent", "00-" + TRACE_ID + "-0000000000000000-01", "tracestate", "foo=1");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode summary = JSON.readTree(response.body());
            String sent = harness.received().get(0).headers().values("traceparent").get(0);
            Traceparent traceparent = Traceparent.parse(sent).orElseThrow();
            assertThat(traceparent.traceId()).isNotEqualTo(TRACE_ID).isEqualTo(summary.get("traceId").asText());
            assertThat(traceparent.flags()).as("a new trace: sampled by the sampler, random IDs")
                    .isEqualTo(new TraceFlags(true, true));
            assertThat(harness.received().get(0).headers().values("tracestate"))
                    .containsExactly("workbook=" + traceparent.parentId());
            assertThat(summary.get("calls").get(0).get("traceparent").asText()).isEqualTo(sent);
            assertThat(summary.get("calls").get(0).get("status").asInt()).isEqualTo(200);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("invalid traceparent: restarts trace");
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 a failed call is an error on its span; the next call is still made; spans are recorded")
    void failedCallDoesNotStopTheNext() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/gone");
        }
        try (CallbackReceiver harness = CallbackReceiver.start(); TraceContextServer service = start()) {
            HttpResponse<String> response = TestServiceTest.post(service.endpoint(),
                    calls(closed, harness.url("b.1")),
                    "traceparent", "00-" + TRACE_ID + "-1234567890123456-01",
                    "traceparent", "00-" + TRACE_ID + "-1234567890123456-01");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode results = JSON.readTree(response.body()).get("calls");
            assertThat(results.get(0).has("error")).as("the first call failed: %s", results).isTrue();
            assertThat(results.get(1).get("status").asInt()).isEqualTo(200);
            assertThat(harness.received()).hasSize(1);
        }
        assertThat(spans).hasSize(3);
        SpanData server = spans.stream().filter(span -> span.kind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertThat(server.isRoot()).as("two traceparent fields: a new trace").isTrue();
        assertThat(server.tags()).containsEntry("http.status_code", 200L);
        assertThat(spans).filteredOn(span -> span.kind() == SpanKind.CLIENT).hasSize(2)
                .allSatisfy(span -> assertThat(span.parentSpanId()).isEqualTo(server.spanId()))
                .anySatisfy(span -> assertThat(span.tags()).containsEntry("error", true).containsKey("error.message"))
                .anySatisfy(span -> assertThat(span.tags()).containsEntry("http.status_code", 200L));
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("2 traceparent fields: restarts trace")
                .contains("failed: ");
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 an unsampled incoming trace records no spans but still passes the trace on")
    void unsampledRecordsNothing() throws Exception {
        try (CallbackReceiver harness = CallbackReceiver.start(); TraceContextServer service = start()) {
            HttpResponse<String> response = TestServiceTest.post(service.endpoint(),
                    "[{\"url\": \"" + harness.url("c.0") + "\", \"arguments\": {\"nested\": [1, 2]}}]",
                    "traceparent", "00-" + TRACE_ID + "-1234567890123456-02",
                    "tracestate", "foo=1", "TraceState", "bar=2");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            CallbackReceiver.Received call = harness.received().get(0);
            Traceparent sent = Traceparent.parse(call.headers().values("traceparent").get(0)).orElseThrow();
            assertThat(sent.flags()).isEqualTo(new TraceFlags(false, true));
            assertThat(call.headers().values("tracestate"))
                    .containsExactly("workbook=" + sent.parentId() + ",foo=1,bar=2");
            assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree("{\"nested\": [1, 2]}"));
            assertThat(call.headers().values("content-type")).containsExactly("application/json");
        }
        assertThat(spans).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("continues trace " + TRACE_ID);
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 the server listens on 127.0.0.1, checks its port, handles requests on its own daemon threads")
    void serverBasics() throws Exception {
        List<Thread> handlerThreads = Collections.synchronizedList(new ArrayList<>());
        TraceContextServer service = TraceContextServer.start(0, new TraceParticipant(
                        IdGenerator.random(new SplittableRandom(1)), id -> true),
                span -> handlerThreads.add(Thread.currentThread()), () -> 0.0, new PrintStream(log, true,
                        StandardCharsets.UTF_8));
        try (service) {
            assertThat(service.endpoint().toString()).isEqualTo("http://127.0.0.1:" + service.port() + "/test");
            HttpResponse<String> response = TestServiceTest.post(service.endpoint(), "[]");
            assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            assertThat(handlerThreads).isNotEmpty().allSatisfy(thread -> {
                assertThat(thread.getName()).startsWith("trace-context-server-");
                assertThat(thread.isDaemon()).isTrue();
            });
        }
        for (Thread thread : handlerThreads) {
            thread.join(5_000);
            assertThat(thread.isAlive()).as("%s after close()", thread.getName()).isFalse();
        }
        for (int port : new int[] {-1, 65_536}) {
            assertThatThrownBy(() -> TraceContextServer.start(port, new TraceParticipant(
                    IdGenerator.random(new SplittableRandom(1)), id -> true), span -> { }, () -> 0.0, System.out))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(port));
        }
        assertThatCode(() -> TraceContextServer.start(65_535, new TraceParticipant(
                IdGenerator.random(new SplittableRandom(1)), id -> true), span -> { }, () -> 0.0, System.out).close())
                .as("65535 is a valid port; only binding it may fail").doesNotThrowAnyExceptionExcept(IOException.class);
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 a failure of the service is a 500 with its message; bodies up to 1 MiB are read")
    void failuresAndLimits() throws Exception {
        TraceParticipant failing = new TraceParticipant(IdGenerator.random(new SplittableRandom(1)), id -> {
            throw new IllegalStateException("sampler broke");
        });
        try (TraceContextServer service = TraceContextServer.start(0, failing, spans::add, () -> 0.0,
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            HttpResponse<String> response = TestServiceTest.post(service.endpoint(), "[]");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).isEqualTo("sampler broke");
            assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains(": 500 java.lang.IllegalStateException");
        try (TraceContextServer service = start()) {
            String fits = "[" + " ".repeat(TestServiceHandler.MAX_BODY_BYTES - 2) + "]";
            assertThat(TestServiceTest.post(service.endpoint(), fits).statusCode()).isEqualTo(200);
            HttpResponse<String> tooLarge = TestServiceTest.post(service.endpoint(), fits + " ");
            assertThat(tooLarge.statusCode()).isEqualTo(400);
            assertThat(tooLarge.body()).contains("at most " + TestServiceHandler.MAX_BODY_BYTES + " bytes");
        }
    }

    @Test
    // Provided code, not a TODO: checked here, but worth no points.
    @DisplayName("provided code: a body may ask for up to 100 calls; arguments default to an empty array")
    void callLimits() {
        String call = "{\"url\": \"http://localhost:8080/x\", \"arguments\": null},";
        String hundred = "[" + call.repeat(OutgoingCall.MAX_CALLS - 1) + "{\"url\": \"http://[::1]:8080/y\"}]";

        List<OutgoingCall> calls = OutgoingCall.parseAll(hundred.getBytes(StandardCharsets.UTF_8), JSON);

        assertThat(calls).hasSize(OutgoingCall.MAX_CALLS);
        assertThat(calls.get(0).arguments().isArray()).isTrue();
        assertThat(calls.get(0).arguments().size()).isZero();
        assertThat(calls.get(OutgoingCall.MAX_CALLS - 1).url()).isEqualTo(URI.create("http://[::1]:8080/y"));
        assertThatThrownBy(() -> OutgoingCall.parseAll(new byte[] {'['}, JSON))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> OutgoingCall.parseAll("{}".getBytes(StandardCharsets.UTF_8), JSON))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("got object");
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 the demo's --serve endpoint prints its address and every sampled span")
    void demoEndpoint() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CallbackReceiver harness = CallbackReceiver.start();
             TraceContextServer service = PropagationDemo.serve(0, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(TestServiceTest.post(service.endpoint(), calls(harness.url("d.0"), harness.url("d.1")))
                    .statusCode()).isEqualTo(200);
            assertThat(harness.received()).hasSize(2);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("W3C Trace Context test service on http://127.0.0.1:")
                .contains("-> no traceparent: starts trace")
                .contains("  SERVER span ").contains(", parent none, trace ")
                .contains("  CLIENT span ").contains("-> 200");
        assertThat(text.lines().filter(line -> line.startsWith("  CLIENT span "))).hasSize(2)
                .noneMatch(line -> line.contains("parent none"));
        assertThat(text.lines().filter(line -> line.startsWith("  SERVER span "))).singleElement(
                org.assertj.core.api.InstanceOfAssertFactories.STRING).contains(", parent none, trace ");
    }
}
