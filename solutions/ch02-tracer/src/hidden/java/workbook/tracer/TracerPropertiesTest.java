package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.ManualClock;
import workbook.trace.SpanData;
import workbook.trace.TraceContext;
import workbook.tracer.CallTree.CallFailed;
import workbook.tracer.CallTree.ExpectedSpan;
import workbook.testkit.Differences;

/**
 * Hidden properties over random call trees (depth, fan-out, random failures, handled or
 * propagated), and differential ones that run the learner's tracer and the reference
 * ({@code reference.workbook.tracer}, with its own {@code Storage}) on the same tree.
 */
class TracerPropertiesTest {

    private static final TraceContext CLIENT =
            TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @AfterProperty
    void clearStorage() {
        Storage.reset();
        reference.workbook.tracer.Storage.reset();
    }

    @Provide
    Arbitrary<CallTree> callTrees() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 25),
                        Arbitraries.integers().between(0, 4), Arbitraries.of(0.0, 0.1, 0.3, 0.6))
                .as(CallTree::random);
    }

    // ---- the learner's tracer against the model -------------------------------------------

    @Property(tries = 200, seed = "201", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch02.1")
    @Tag("ch02.2")
    @Tag("ch02.3")
    void functionalFormRecordsExactlyTheCallTree(@ForAll("callTrees") CallTree tree, @ForAll boolean fromRoot) {
        RecordedSpans spans = new RecordedSpans();
        Storage.reset();
        Storage.setCollector(spans);
        TraceContext before = fromRoot ? null : CLIENT;
        Storage.setContext(before);
        ManualClock clock = new ManualClock(0.0);
        Tracer tracer = new Tracer(clock, new SequentialIds());

        Throwable thrown = catchThrowable(() -> {
            if (fromRoot) {
                tracer.traceRoot(tree.name(), "svc", () -> runChildren(tracer, clock, tree));
            } else {
                runInSpan(tracer, clock, tree);
            }
        });

        assertShape(spans, tree, fromRoot ? null : CLIENT.spanId());
        assertThat(Storage.getContext()).as("the context after the outermost call").isEqualTo(before);
        List<ExpectedSpan> expected = tree.expectedSpans();
        if (expected.get(expected.size() - 1).failed()) {
            assertThat(thrown).as("what the failed outermost call threw").isInstanceOf(CallFailed.class);
        } else {
            assertThat(thrown).as("what the outermost call threw").isNull();
        }
    }

    private static Object runInSpan(Tracer tracer, ManualClock clock, CallTree call) throws CallFailed {
        return tracer.inSpan(call.name(), "svc", () -> runChildren(tracer, clock, call));
    }

    private static Object runChildren(Tracer tracer, ManualClock clock, CallTree call) throws CallFailed {
        clock.advanceBy(0.5);
        for (CallTree child : call.children()) {
            try {
                runInSpan(tracer, clock, child);
            } catch (CallFailed failure) {
                if (!call.handlesChildFailures()) {
                    throw failure;
                }
            }
        }
        clock.advanceBy(0.25);
        if (call.fails()) {
            throw new CallFailed(call.name());
        }
        return null;
    }

    /** The spans are the model's, in order: one per call that ran, each under its caller's span. */
    private static void assertShape(RecordedSpans recorded, CallTree tree, String outerParent) {
        List<ExpectedSpan> expected = tree.expectedSpans();
        List<SpanData> spans = recorded.all();
        assertThat(spans).extracting(SpanData::operationName).as("spans sent, in order:%n%s", recorded.describe())
                .containsExactlyElementsOf(expected.stream().map(ExpectedSpan::name).toList());
        assertThat(spans).extracting(SpanData::spanId).as("span IDs").doesNotHaveDuplicates();
        assertThat(spans).extracting(SpanData::traceId).as("one trace").containsOnly(spans.get(0).traceId());
        Map<String, String> spanIdByName = new HashMap<>();
        spans.forEach(span -> spanIdByName.put(span.operationName(), span.spanId()));
        for (int i = 0; i < spans.size(); i++) {
            SpanData span = spans.get(i);
            ExpectedSpan want = expected.get(i);
            String parentId = want.parent() == null ? outerParent : spanIdByName.get(want.parent());
            assertThat(span.parentSpanId()).as("[span %d] parent of %s (expected %s):%n%s", i, want.name(),
                    want.parent() == null ? "the outer context" : want.parent(), recorded.describe())
                    .isEqualTo(parentId);
            assertThat(span.tags().get("error")).as("[span %d] error tag of %s", i, want.name())
                    .isEqualTo(want.failed() ? Boolean.TRUE : null);
            assertThat(span.tags().get("success")).as("[span %d] success tag of %s", i, want.name())
                    .isEqualTo(want.failed() ? null : Boolean.TRUE);
        }
    }

    // ---- differential: the same tree through the reference ----------------------------------

    @Property(tries = 150, seed = "202", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch02.1")
    @Tag("ch02.2")
    @Tag("ch02.3")
    void functionalFormAgreesWithTheReference(@ForAll("callTrees") CallTree tree, @ForAll boolean fromRoot,
                                               @ForAll long idSeed) {
        List<SpanData> learner = new ArrayList<>();
        Storage.reset();
        Storage.setCollector(learner::add);
        Storage.setContext(fromRoot ? null : CLIENT);
        ManualClock clock = new ManualClock(0.0);
        Tracer tracer = new Tracer(clock, IdGenerator.random(new SplittableRandom(idSeed)));
        Throwable learnerThrew = catchThrowable(() -> {
            if (fromRoot) {
                tracer.traceRoot(tree.name(), "svc", () -> runChildren(tracer, clock, tree));
            } else {
                runInSpan(tracer, clock, tree);
            }
        });

        List<SpanData> expected = new ArrayList<>();
        reference.workbook.tracer.Storage.reset();
        reference.workbook.tracer.Storage.setCollector(expected::add);
        reference.workbook.tracer.Storage.setContext(fromRoot ? null : CLIENT);
        ManualClock referenceClock = new ManualClock(0.0);
        reference.workbook.tracer.Tracer referenceTracer = new reference.workbook.tracer.Tracer(referenceClock,
                IdGenerator.random(new SplittableRandom(idSeed)));
        Throwable referenceThrew = catchThrowable(() -> {
            if (fromRoot) {
                referenceTracer.traceRoot(tree.name(), "svc", () -> runChildren(referenceTracer, referenceClock, tree));
            } else {
                runInSpan(referenceTracer, referenceClock, tree);
            }
        });

        Differences.assertEqual("the spans sent", NormalizedSpans.of(expected), NormalizedSpans.of(learner));
        assertThat(learnerThrew == null ? null : learnerThrew.getMessage()).as("what the outermost call threw")
                .isEqualTo(referenceThrew == null ? null : referenceThrew.getMessage());
        assertThat(Storage.getContext()).isEqualTo(reference.workbook.tracer.Storage.getContext());
    }

    private static Object runInSpan(reference.workbook.tracer.Tracer tracer, ManualClock clock, CallTree call)
            throws CallFailed {
        return tracer.inSpan(call.name(), "svc", () -> runChildren(tracer, clock, call));
    }

    private static Object runChildren(reference.workbook.tracer.Tracer tracer, ManualClock clock, CallTree call)
            throws CallFailed {
        clock.advanceBy(0.5);
        for (CallTree child : call.children()) {
            try {
                runInSpan(tracer, clock, child);
            } catch (CallFailed failure) {
                if (!call.handlesChildFailures()) {
                    throw failure;
                }
            }
        }
        clock.advanceBy(0.25);
        if (call.fails()) {
            throw new CallFailed(call.name());
        }
        return null;
    }

    // ---- the proxy: the same trees through @Traced interface calls ----------------------------

    /** A call tree node, run through the learner's proxy. */
    public interface Node {
        @Traced("node")
        void call(CallTree call) throws CallFailed;
    }

    /** The same, annotated for the reference's proxy. */
    public interface ReferenceNode {
        @reference.workbook.tracer.Traced("node")
        void call(CallTree call) throws CallFailed;
    }

    /** Runs a call tree, calling its children through the proxy it is wrapped in. */
    static final class Worker implements Node, ReferenceNode {
        private final ManualClock clock;
        private Node self;
        private ReferenceNode referenceSelf;

        Worker(ManualClock clock) {
            this.clock = clock;
        }

        @Override
        public void call(CallTree call) throws CallFailed {
            clock.advanceBy(0.5);
            for (CallTree child : call.children()) {
                try {
                    if (self != null) {
                        self.call(child);
                    } else {
                        referenceSelf.call(child);
                    }
                } catch (CallFailed failure) {
                    if (!call.handlesChildFailures()) {
                        throw failure;
                    }
                }
            }
            clock.advanceBy(0.25);
            if (call.fails()) {
                throw new CallFailed(call.name());
            }
        }
    }

    @Property(tries = 150, seed = "204", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch02.4")
    @Tag("ch02.5")
    void proxiedCallsRecordTheCallTreeLikeTheReference(@ForAll("callTrees") CallTree tree, @ForAll long idSeed) {
        List<SpanData> learner = new ArrayList<>();
        Storage.reset();
        Storage.setCollector(learner::add);
        Storage.setContext(CLIENT);
        ManualClock clock = new ManualClock(0.0);
        Worker worker = new Worker(clock);
        worker.self = new Tracer(clock, IdGenerator.random(new SplittableRandom(idSeed))).traced(Node.class, worker);
        Throwable learnerThrew = catchThrowable(() -> worker.self.call(tree));

        List<SpanData> expected = new ArrayList<>();
        reference.workbook.tracer.Storage.reset();
        reference.workbook.tracer.Storage.setCollector(expected::add);
        reference.workbook.tracer.Storage.setContext(CLIENT);
        ManualClock referenceClock = new ManualClock(0.0);
        Worker referenceWorker = new Worker(referenceClock);
        referenceWorker.referenceSelf = new reference.workbook.tracer.Tracer(referenceClock,
                IdGenerator.random(new SplittableRandom(idSeed))).traced(ReferenceNode.class, referenceWorker);
        Throwable referenceThrew = catchThrowable(() -> referenceWorker.referenceSelf.call(tree));

        Differences.assertEqual("the spans sent through the proxy", NormalizedSpans.of(expected),
                NormalizedSpans.of(learner));
        assertThat(learner).extracting(SpanData::serviceName).containsOnly("Worker");
        assertThat(learnerThrew == null ? null : learnerThrew.getClass()).as("the class of what the proxy threw")
                .isEqualTo(referenceThrew == null ? null : referenceThrew.getClass());
        assertThat(Storage.getContext()).as("the context after the outermost call").isEqualTo(CLIENT);
        assertThat(learner).hasSize(tree.expectedSpans().size());
    }

    // ---- the seed's service, against the reference --------------------------------------------

    @Property(tries = 25, seed = "206", edgeCases = EdgeCasesMode.NONE)
    @Tag("ch02.6")
    void seedScenarioAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int requests) {
        List<SpanData> learner = new ArrayList<>();
        Storage.reset();
        Storage.setCollector(learner::add);
        try (Environment env = new Environment(seed)) {
            Tracer tracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", tracer, QUIET);
            new SimpleClient(env, "Client", service, tracer, requests, QUIET);
            env.run();
        }

        List<SpanData> expected = new ArrayList<>();
        reference.workbook.tracer.Storage.reset();
        reference.workbook.tracer.Storage.setCollector(expected::add);
        try (Environment env = new Environment(seed)) {
            reference.workbook.tracer.Tracer tracer =
                    new reference.workbook.tracer.Tracer(env::now, IdGenerator.random(env.random()));
            reference.workbook.tracer.SimpleService service =
                    new reference.workbook.tracer.SimpleService(env, "OrderService", tracer, QUIET);
            new reference.workbook.tracer.SimpleClient(env, "Client", service, tracer, requests, QUIET);
            env.run();
        }

        Differences.assertEqual("the seed scenario's spans", NormalizedSpans.of(expected),
                NormalizedSpans.of(learner));
        assertThat(learner).hasSize(3 * requests);
        assertThat(Storage.getContext()).as("the context after the run").isNull();
    }
}
