package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.context.Contexts.ALICE;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

class ScopedTracerTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final ContextStorage storage = new ContextStorage();
    private final List<SpanData> spans = new ArrayList<>();
    private final ScopedTracer tracer =
            new ScopedTracer(storage, () -> 1.5, IdGenerator.random(new SplittableRandom(7)), spans::add);

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 nested calls make a chain: make_request, handle_request, process_data")
    void nestedCallsMakeAChain() {
        tracer.traceRoot("make_request", "client", SpanKind.CLIENT, () ->
                tracer.inSpan("handle_request", "OrderService", SpanKind.SERVER, () ->
                        tracer.inSpan("process_data", "OrderService", SpanKind.INTERNAL, () -> "done")));

        TraceShapes.assertEachTraceIsTheChain(spans, "make_request", "handle_request", "process_data");
        assertThat(storage.current()).as("current() after the root span ended").isNull();
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 the span's context is current inside the body, the caller's after it")
    void spanContextIsCurrentInsideTheBody() {
        storage.attach(ALICE);

        var inside = tracer.inSpan("handle_request", "OrderService", SpanKind.SERVER, storage::current);

        assertThat(spans).as("spans recorded").hasSize(1);
        assertThat(inside.spanId()).as("the current span inside the body").isEqualTo(spans.get(0).spanId());
        assertThat(inside.parentSpanId()).as("its parent").isEqualTo(ALICE.spanId());
        assertThat(storage.current()).as("current() after the span").isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 without a current context the body runs and no span is recorded")
    void noContextMeansNoSpan() {
        String result = tracer.inSpan("process_data", "OrderService", SpanKind.INTERNAL, () -> "ran");

        assertThat(result).isEqualTo("ran");
        assertThat(spans).as("spans recorded without a context").isEmpty();
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 a failure is tagged, rethrown unchanged, and the context restored")
    void failureIsTaggedRethrownAndContextRestored() {
        storage.attach(ALICE);
        IllegalStateException declined = new IllegalStateException("payment declined");

        assertThatThrownBy(() -> tracer.inSpan("charge", "PaymentService", SpanKind.INTERNAL, () -> {
            throw declined;
        })).isSameAs(declined);

        assertThat(spans).as("spans recorded").hasSize(1);
        assertThat(spans.get(0).tags()).as("tags of the failed span")
                .containsEntry("error", true)
                .containsEntry("error.message", "payment declined");
        assertThat(storage.current()).as("current() after the failed span").isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 two simultaneous requests: global storage leaks, per-thread storage does not")
    void perThreadStorageFixesTheLeak() {
        ScenarioResult global = ConcurrentRequests.run(StorageKind.GLOBAL, 7, 2, QUIET);
        ScenarioResult perThread = ConcurrentRequests.run(StorageKind.PER_THREAD, 7, 2, QUIET);

        assertThat(global.requestsThatSawAnotherTrace()).as("leaks with chapter 02's global Storage")
                .isGreaterThanOrEqualTo(1);
        assertThat(perThread.sightings()).as("what each handler saw with the per-thread storage")
                .hasSize(2)
                .noneMatch(Sighting::sawAnotherTrace);
        TraceShapes.assertEachTraceIsTheChain(perThread.spans(), "make_request", "handle_request", "process_data");
    }
}
