package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workbook.sim.Environment;
import workbook.sim.Queue;
import workbook.testkit.SpanTreeDiff;
import workbook.testkit.SpanTreeDiff.Node;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.TraceContext;

class SimpleServiceTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    /** Each test starts with an empty {@link Storage} and these spans as its collector. */
    @RegisterExtension
    final RecordedSpans spans = new RecordedSpans();

    @Test
    @Tag("ch02.6")
    @DisplayName("ch02.6 one request makes the tree make_request -> handle_request -> process_data")
    void oneRequestMakesTheExpectedTree() {
        try (Environment env = new Environment(42)) {
            Tracer tracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", tracer, QUIET);
            new SimpleClient(env, "Client", service, tracer, 1, QUIET);
            env.run();
        }

        SpanTreeDiff.assertSameTree("ch02.6 the spans of one request",
                List.of(Node.chain("make_request (Client, CLIENT)", "handle_request (OrderService, SERVER)",
                        "process_data (OrderService, INTERNAL)")),
                SpanTreeDiff.of(spans.all(), SpanData::spanId, SpanData::parentSpanId,
                        span -> span.operationName() + " (" + span.serviceName() + ", " + span.kind() + ")"));
    }

    @Test
    @Tag("ch02.6")
    @DisplayName("ch02.6 the service adopts the context carried by the request, not whatever is current")
    void serviceAdoptsTheRequestContext() {
        TraceContext caller = TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
        try (Environment env = new Environment(7)) {
            Tracer tracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", tracer, QUIET);
            Queue<ServiceResponse> responses = new Queue<>(env);
            service.requestQueue().put(new ServiceRequest("req_1", caller, "order 42", responses));
            env.run();
            assertThat(responses.size()).as("responses sent").isEqualTo(1);
        }

        assertThat(spans.all()).extracting(SpanData::operationName)
                .as("ch02.6 a request with a context is handled in handle_request, which calls process_data;"
                        + " spans recorded:%n%s", spans.describe())
                .containsExactlyInAnyOrder("handle_request", "process_data");
        SpanData handle = spans.named("handle_request");
        assertThat(handle.traceId()).as("ch02.6 handle_request joins the request's trace:%n%s", spans.describe())
                .isEqualTo(caller.traceId());
        assertThat(handle.parentSpanId()).as("ch02.6 handle_request's parent").isEqualTo(caller.spanId());
        spans.assertParent("process_data", "handle_request", "ch02.6");
        assertThat(Storage.getContext()).as("ch02.6 the context after the request").isNull();
    }
}
