package workbook.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.testkit.Thrown;

class RequestTracerTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    private final List<SpanData> recorded = new ArrayList<>();
    private final List<String> askedAbout = new ArrayList<>();
    private final CountingIds ids = new CountingIds();
    private final double[] now = {1.5};

    private RequestTracer tracer(boolean decision) {
        Sampler sampler = traceId -> {
            askedAbout.add(traceId);
            return decision;
        };
        return new RequestTracer(sampler, ids, () -> now[0], recorded::add);
    }

    @Test
    @Tag("ch05.5")
    @DisplayName("ch05.5 a sampled trace records its root span, without a parent")
    void sampledTraceRecordsItsRoot() {
        RequestTracer tracer = tracer(true);

        TraceContext root = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> {
            now[0] = 1.9;
            return context;
        });

        assertThat(root.sampled()).as("the root context's sampled flag").isTrue();
        assertThat(recorded).as(SpanTrees.describe(recorded)).hasSize(1);
        SpanData span = recorded.get(0);
        assertThat(span.operationName()).isEqualTo("make_request");
        assertThat(span.parentSpanId()).as("the root span's parent").isNull();
        assertThat(span.spanId()).as("the root span is the context's span").isEqualTo(root.spanId());
        assertThat(span.traceId()).isEqualTo(root.traceId());
        assertThat(span.duration()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @Tag("ch05.5")
    @DisplayName("ch05.5 the sampler is asked once per trace, about that trace's ID")
    void samplerIsAskedOncePerTrace() {
        RequestTracer tracer = tracer(true);

        TraceContext first = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> context);
        TraceContext second = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> context);

        assertThat(askedAbout).as("trace IDs the sampler was asked about")
                .containsExactly(first.traceId(), second.traceId());
        assertThat(first.traceId()).as("each trace has its own ID").isNotEqualTo(second.traceId());
    }

    @Test
    @Tag("ch05.5")
    @DisplayName("ch05.5 an unsampled trace records nothing, and its context says so")
    void unsampledTraceRecordsNothing() {
        RequestTracer tracer = tracer(false);

        TraceContext root = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> context);

        assertThat(root.sampled()).as("the root context's sampled flag").isFalse();
        assertThat(root.parentSpanId()).as("the root context's parent").isNull();
        assertThat(askedAbout).containsExactly(root.traceId());
        assertThat(recorded).as(SpanTrees.describe(recorded)).isEmpty();
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 a sampled request records handle_request under the caller and process_data under it")
    void sampledRequestRecordsTheTree() {
        RequestTracer tracer = tracer(true);
        TraceContext caller = TraceContext.root(TRACE, CALLER_SPAN);

        tracer.inSpan(caller, "handle_request", "OrderService", SpanKind.SERVER,
                request -> tracer.inSpan(request, "process_data", "OrderService", SpanKind.INTERNAL, work -> work));

        String tree = SpanTrees.describe(recorded);
        assertThat(recorded).as(tree).extracting(SpanData::operationName)
                .containsExactly("process_data", "handle_request");
        SpanData processData = recorded.get(0);
        SpanData handleRequest = recorded.get(1);
        assertThat(handleRequest.parentSpanId()).as("[span 1] handle_request's parent is the caller's span; " + tree)
                .isEqualTo(CALLER_SPAN);
        assertThat(processData.parentSpanId()).as("[span 0] process_data's parent is handle_request; " + tree)
                .isEqualTo(handleRequest.spanId());
        assertThat(recorded).as(tree).extracting(SpanData::traceId).containsOnly(TRACE);
        assertThat(askedAbout).as("only the root asks the sampler").isEmpty();
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 an unsampled request passes its context through: no span, no ID, no new context")
    void unsampledRequestPassesItsContextThrough() {
        RequestTracer tracer = tracer(true);
        TraceContext caller = new TraceContext(TRACE, CALLER_SPAN, null, false, java.util.Map.of());

        TraceContext seenInside = tracer.inSpan(caller, "handle_request", "OrderService", SpanKind.SERVER,
                request -> tracer.inSpan(request, "process_data", "OrderService", SpanKind.INTERNAL, work -> work));

        assertThat(seenInside).as("the context process_data's work sees").isSameAs(caller);
        assertThat(recorded).as(SpanTrees.describe(recorded)).isEmpty();
        assertThat(ids.spanIds).as("span IDs drawn").isZero();
        assertThat(askedAbout).as("an unsampled step never asks the sampler again").isEmpty();
    }

    @Test
    @Tag("ch05.6")
    @DisplayName("ch05.6 work that fails still records its span, tagged error, and the failure goes on")
    void failedWorkIsRecordedAndRethrown() {
        RequestTracer tracer = tracer(true);
        TraceContext caller = TraceContext.root(TRACE, CALLER_SPAN);

        assertThat(Thrown.by(() -> tracer.inSpan(caller, "handle_request", "OrderService", SpanKind.SERVER, request -> {
            throw new java.io.IOException("disk full");
        }))).isInstanceOf(java.io.IOException.class).hasMessage("disk full");

        assertThat(recorded).as(SpanTrees.describe(recorded)).hasSize(1);
        assertThat(recorded.get(0).tags()).containsEntry("error", true).containsEntry("error.message", "disk full");
    }
}
