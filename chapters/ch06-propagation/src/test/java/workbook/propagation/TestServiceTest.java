package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

class TestServiceTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** POSTs {@code body} to {@code url} with the given header name/value pairs; waits at most 10 seconds. */
    static HttpResponse<String> post(URI url, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static TraceContextServer startService(List<SpanData> spans) throws IOException {
        TraceParticipant participant = new TraceParticipant(IdGenerator.random(new SplittableRandom(42)), id -> true);
        return TraceContextServer.start(0, participant, spans::add, () -> 1.0,
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    @Tag("ch06.7")
    @DisplayName("ch06.7 the HTTP test service makes each call with a child traceparent and the tracestate")
    void testServiceForwardsTheTraceInEachCall() throws Exception {
        List<SpanData> spans = Collections.synchronizedList(new ArrayList<>());
        try (CallbackReceiver harness = CallbackReceiver.start(); TraceContextServer service = startService(spans)) {
            String body = "[{\"url\": \"" + harness.url("scope.0") + "\", \"arguments\": []},"
                    + " {\"url\": \"" + harness.url("scope.1") + "\", \"arguments\": [1]}]";

            HttpResponse<String> response = post(service.endpoint(), body,
                    "traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01", "tracestate", "congo=t61rcWkgMzE");

            assertThat(response.statusCode()).as("status of POST %s; body: %s", service.endpoint(), response.body())
                    .isEqualTo(200);
            List<CallbackReceiver.Received> calls = harness.received();
            assertThat(calls).extracting(CallbackReceiver.Received::body).as("bodies of the calls, in order")
                    .containsExactly("[]", "[1]");
            List<String> parentIds = new ArrayList<>();
            for (CallbackReceiver.Received call : calls) {
                Traceparent sent = Traceparent.parse(call.headers().values("traceparent").get(0)).orElseThrow();
                assertThat(sent.traceId()).as("trace ID sent to %s", call.path()).isEqualTo(TRACE_ID);
                assertThat(sent.flags()).as("flags sent to %s", call.path()).isEqualTo(new TraceFlags(true, false));
                assertThat(call.headers().values("tracestate")).as("tracestate sent to %s", call.path())
                        .containsExactly("workbook=" + sent.parentId() + ",congo=t61rcWkgMzE");
                parentIds.add(sent.parentId());
            }
            assertThat(parentIds).as("parent-id of each call").doesNotHaveDuplicates().doesNotContain(PARENT_ID);
        }
    }
}
