package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterTry;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/**
 * Hidden property of the lean span path: for random trees of nested traced calls, some failing,
 * some catching their children's failures, some with blank names, under no, an unsampled or a
 * sampled context, the lean tracer and chapter 02's tracer, given the same clock and IDs,
 * return or throw the same, show the body the same contexts, restore the same context, and
 * send the same spans ({@link FinishedSpan#toSpanData()} against chapter 02's {@code SpanData}).
 */
class LeanTracerProperties {

    /** One traced call of a plan. */
    record Call(String operationName, String serviceName, SpanKind kind, Failure failure, boolean catchesChildren, List<Call> children) {
    }

    enum Failure { NONE, UNCHECKED, CHECKED_WITHOUT_MESSAGE }

    enum Start { NO_CONTEXT, UNSAMPLED, SAMPLED }

    /** Chapter 02's and chapter 09's inSpan, behind one face. */
    @FunctionalInterface
    interface InSpan {
        Object call(String operationName, String serviceName, SpanKind kind, SpanBody<Object, Exception> body)
                throws Exception;
    }

    /** What one run of a plan did. */
    record Run(Object outcome, List<String> seen, List<SpanData> spans, TraceContext contextAfter) {
    }

    @AfterTry
    void resetStorage() {
        Storage.reset();
    }

    @Property(tries = 150, seed = "921")
    @Tag("ch09.3")
    void leanTracerDoesWhatChapter02Does(@ForAll("plans") List<Call> plan, @ForAll Start start) {
        Run taught = run(plan, start, (ids, clock, sink) -> {
            Tracer tracer = new Tracer(clock, ids);
            Storage.setCollector(sink::add);
            return tracer::inSpan;
        });
        Run lean = run(plan, start, (ids, clock, sink) -> {
            LeanTracer tracer = new LeanTracer(clock, ids, span -> sink.add(span.toSpanData()));
            return tracer::inSpan;
        });

        assertThat(lean.outcome()).as("what the calls returned or threw").isEqualTo(taught.outcome());
        assertThat(lean.seen()).as("the contexts the bodies saw").isEqualTo(taught.seen());
        assertThat(lean.contextAfter()).as("the context after the calls").isEqualTo(taught.contextAfter());
        assertThat(lean.spans()).as("the spans sent, in order").isEqualTo(taught.spans());
    }

    /** Makes a tracer from the run's IDs, clock and span list. */
    @FunctionalInterface
    interface TracerFactory {
        InSpan make(IdGenerator ids, Clock clock, List<SpanData> sink);
    }

    private static Run run(List<Call> plan, Start start, TracerFactory factory) {
        Storage.reset();
        long[] nextId = {0};
        double[] time = {0};
        IdGenerator ids = new IdGenerator() {
            @Override
            public String newTraceId() {
                return Base16.toHex(7, ++nextId[0]);
            }

            @Override
            public String newSpanId() {
                return Base16.toHex(++nextId[0]);
            }
        };
        List<SpanData> spans = new ArrayList<>();
        InSpan inSpan = factory.make(ids, () -> ++time[0], spans);
        TraceContext initial = switch (start) {
            case NO_CONTEXT -> null;
            case UNSAMPLED -> new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, false, Map.of());
            case SAMPLED -> new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "b7ad6b7169203331",
                    true, Map.of("tenant", "blue"));
        };
        Storage.setContext(initial);
        List<String> seen = new ArrayList<>();
        List<Object> outcomes = new ArrayList<>();
        for (Call call : plan) {
            outcomes.add(outcome(inSpan, call, seen));
        }
        return new Run(outcomes, seen, spans, Storage.getContext());
    }

    private static Object outcome(InSpan inSpan, Call call, List<String> seen) {
        try {
            return run(inSpan, call, seen);
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Object run(InSpan inSpan, Call call, List<String> seen) throws Exception {
        return inSpan.call(call.operationName(), call.serviceName(), call.kind(), () -> {
            TraceContext current = Storage.getContext();
            seen.add(current == null ? "none" : current.spanId() + "<" + current.parentSpanId());
            for (Call child : call.children()) {
                if (call.catchesChildren()) {
                    seen.add(String.valueOf(outcome(inSpan, child, seen)));
                } else {
                    run(inSpan, child, seen);
                }
            }
            switch (call.failure()) {
                case UNCHECKED -> throw new IllegalStateException("failed in " + call.operationName());
                case CHECKED_WITHOUT_MESSAGE -> throw new IOException();
                default -> {
                    return call.operationName();
                }
            }
        });
    }

    @Provide
    Arbitrary<List<Call>> plans() {
        return call(3).list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<Call> call(int depth) {
        Arbitrary<String> name = Arbitraries.frequency(Tuple.of(8, "handle_request"), Tuple.of(6, "query"),
                Tuple.of(1, " "), Tuple.of(1, ""));
        Arbitrary<Failure> failure = Arbitraries.frequency(Tuple.of(6, Failure.NONE), Tuple.of(2, Failure.UNCHECKED),
                Tuple.of(1, Failure.CHECKED_WITHOUT_MESSAGE));
        Arbitrary<List<Call>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> call(depth - 1)).list().ofMaxSize(3);
        Arbitrary<String> service = Arbitraries.frequency(Tuple.of(12, "OrderService"), Tuple.of(1, " "));
        return Combinators.combine(name, service, Arbitraries.of(SpanKind.class), failure, Arbitraries.of(true, false),
                children).as(Call::new);
    }
}
