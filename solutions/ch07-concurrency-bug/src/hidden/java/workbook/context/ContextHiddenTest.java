package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Differences;
import workbook.testkit.Printed;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/** Hidden examples: the corners, and the pitfalls the chapter's doc warns about. */
@SuppressWarnings("try") // scopes opened only to be closed at the end of their block
class ContextHiddenTest {

    private static final TraceContext ALICE = TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
    private static final TraceContext BOB = TraceContext.root("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
    private static final TraceContext CAROL = TraceContext.root("8448eb211c80319c0af7651916cd43dd", "53995c3f42cd8ad8");

    private final ContextStorage storage = new ContextStorage();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    // ---- ch07.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.1")
    @DisplayName("ch07.1 attaching null hides the outer context; a snapshot of nothing holds null")
    void attachingNullMeansNoContext() {
        storage.attach(ALICE);

        storage.attach(null);

        assertThat(storage.current()).as("current() after attach(null)").isNull();
        assertThat(storage.capture().context()).as("capture() with no current context").isNull();
    }

    // ---- ch07.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 after an out-of-order close the storage works as new; the message names the leak")
    void storageRecoversFromAnOutOfOrderClose() {
        Scope alice = storage.attach(ALICE);
        Scope bob = storage.attach(BOB);

        assertThatThrownBy(alice::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 scope(s)")
                .hasMessageContaining(BOB.spanId());
        bob.close();
        alice.close();

        try (Scope carol = storage.attach(CAROL)) {
            assertThat(storage.current()).isEqualTo(CAROL);
        }
        assertThat(storage.current()).as("current() after the recovery").isNull();
        assertThat(bob).hasToString("Scope(span " + BOB.spanId() + " of trace " + BOB.traceId() + ", closed)");
        try (Scope none = storage.attach(null)) {
            assertThat(none).hasToString("Scope(no context, open)");
        }
    }

    @Test
    @Tag("ch07.2")
    @DisplayName("ch07.2 a refused close on another thread names both threads and changes nothing there")
    void refusedCloseNamesBothThreads() throws Exception {
        Scope alice = storage.attach(ALICE);

        Future<String> message = pool.submit(() -> {
            Thread.currentThread().setName("ch07-closing-thread");
            try {
                alice.close();
                return "closed";
            } catch (IllegalStateException refused) {
                return refused.getMessage() + " | current there: " + storage.current();
            }
        });

        assertThat(message.get(5, TimeUnit.SECONDS))
                .contains("'" + Thread.currentThread().getName() + "'")
                .contains("'ch07-closing-thread'")
                .contains("current there: null");
        assertThat(storage.current()).isEqualTo(ALICE);
        alice.close();
    }

    // ---- ch07.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 traceRoot starts a new trace whatever is current, and restores it")
    void traceRootIgnoresAndRestoresTheCurrentContext() {
        List<SpanData> spans = new ArrayList<>();
        ScopedTracer tracer = tracer(spans);
        storage.attach(ALICE);

        TraceContext inside = tracer.traceRoot("make_request", "client", SpanKind.CLIENT, storage::current);

        assertThat(inside.traceId()).as("trace inside traceRoot").isNotEqualTo(ALICE.traceId());
        assertThat(inside.parentSpanId()).as("the root's parent").isNull();
        assertThat(spans).singleElement().satisfies(root -> {
            assertThat(root.isRoot()).isTrue();
            assertThat(root.kind()).isEqualTo(SpanKind.CLIENT);
            assertThat(root.tags()).containsEntry("success", true);
        });
        assertThat(storage.current()).isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 an unsampled context records nothing; blank names are refused even then")
    void unsampledContextRecordsNothing() {
        List<SpanData> spans = new ArrayList<>();
        ScopedTracer tracer = tracer(spans);
        storage.attach(ALICE.withSampled(false));

        String result = tracer.inSpan("process_data", "OrderService", SpanKind.INTERNAL, () -> "ran");

        assertThat(result).isEqualTo("ran");
        assertThat(spans).isEmpty();
        assertThatThrownBy(() -> tracer.inSpan(" ", "OrderService", SpanKind.INTERNAL, () -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationName");
        assertThatThrownBy(() -> tracer.inSpan("process_data", null, SpanKind.INTERNAL, () -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serviceName");
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 a checked exception comes out unchanged; a message-less one is described by its class")
    void checkedAndMessagelessFailures() {
        List<SpanData> spans = new ArrayList<>();
        ScopedTracer tracer = tracer(spans);
        storage.attach(ALICE);
        IOException disk = new IOException("disk full");

        assertThatThrownBy(() -> tracer.inSpan("write", "Database", SpanKind.CLIENT, () -> {
            throw disk;
        })).isSameAs(disk);
        assertThatThrownBy(() -> tracer.inSpan("read", "Database", SpanKind.CLIENT, () -> {
            throw new IllegalStateException();
        })).isInstanceOf(IllegalStateException.class);

        assertThat(spans).hasSize(2);
        assertThat(spans.get(1).tags()).containsEntry("error.message", "java.lang.IllegalStateException");
        assertThat(spans.get(1).logs()).singleElement().satisfies(log -> assertThat(log.message()).isEqualTo("exception"));
        assertThat(spans).allSatisfy(span -> assertThat(span.tags()).doesNotContainKey("success"));
        assertThat(storage.current()).isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 the demo prints what the reference's prints: one leak with global storage, none per thread")
    void demoPrintsWhatTheReferencePrints() {
        String output = normalizeIds(Printed.onSystemOut(() -> ConcurrencyBugDemo.main(new String[0])));
        String expected = normalizeIds(Printed.onSystemOut(
                () -> reference.workbook.context.ConcurrencyBugDemo.main(new String[0])));

        assertThat(output.lines().filter(line -> line.startsWith("requests that saw another request's trace id: ")))
                .as("the summary lines of\n%s", output)
                .containsExactly("requests that saw another request's trace id: 1",
                        "requests that saw another request's trace id: 0");
        Differences.assertSameText("the demo's output, IDs numbered by first appearance", expected, output);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 one request at a time, the global and the per-thread tracer record the same")
    void oneRequestAtATimeBothTracersAgree() {
        List<SpanData> perThreadSpans = new ArrayList<>();
        List<SpanData> globalSpans = new ArrayList<>();
        Tracing perThread = tracer(perThreadSpans);
        workbook.tracer.Storage.setContext(CAROL); // left behind by some earlier code
        Tracing global = StorageKind.GLOBAL.newTracing(() -> 2.0, IdGenerator.random(new SplittableRandom(3)),
                globalSpans::add);
        try {
            List<String> perThreadSeen = oneRequest(perThread);
            List<String> globalSeen = oneRequest(global);

            assertThat(perThreadSeen).as("what the per-thread tracer returned and saw")
                    .containsExactlyElementsOf(globalSeen);
            assertThat(shapes(perThreadSpans)).as("spans of the per-thread tracer")
                    .containsExactlyElementsOf(shapes(globalSpans));
            assertThat(global.currentContext()).as("global context after the request").isNull();
        } finally {
            workbook.tracer.Storage.reset();
        }
    }

    /** A request through every method of {@link Tracing}: returns what was seen on the way. */
    private static List<String> oneRequest(Tracing tracing) {
        List<String> seen = new ArrayList<>();
        String reply = tracing.traceRoot("make_request", "client", SpanKind.CLIENT, () -> {
            TraceContext root = tracing.currentContext();
            seen.add("root has parent: " + (root.parentSpanId() != null));
            return tracing.inContext(ALICE, () -> {
                seen.add("in ALICE: " + tracing.currentContext().equals(ALICE));
                String value = tracing.inSpan("handle_request", "OrderService", SpanKind.SERVER,
                        () -> "trace " + tracing.currentContext().traceId().equals(ALICE.traceId()));
                seen.add("after the span, ALICE again: " + tracing.currentContext().equals(ALICE));
                return value;
            }) + ", root again: " + tracing.currentContext().equals(root);
        });
        seen.add(reply);
        return seen;
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 null bodies and blank names are refused before any span starts")
    void badArgumentsAreRefusedBeforeAnySpan() {
        List<SpanData> spans = new ArrayList<>();
        ScopedTracer tracer = tracer(spans);
        storage.attach(ALICE);

        assertThatThrownBy(() -> tracer.traceRoot("make_request", "client", SpanKind.CLIENT, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> tracer.inSpan("handle_request", "OrderService", SpanKind.SERVER, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> tracer.inSpan("handle_request", "OrderService", null, () -> "x"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> tracer.traceRoot(null, "client", SpanKind.CLIENT, () -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("operationName must not be blank, got null");
        assertThatThrownBy(() -> tracer.inSpan("handle_request", "", SpanKind.SERVER, () -> "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("serviceName must not be blank, got ''");
        assertThat(spans).as("spans recorded by refused calls").isEmpty();
        String afterRefusals = tracer.traceRoot("make_request", "client", SpanKind.CLIENT, () -> storage.current().traceId());
        String fresh = tracer(new ArrayList<>()).traceRoot("make_request", "client", SpanKind.CLIENT,
                () -> storage.current().traceId());
        assertThat(afterRefusals).as("first trace ID after refused calls: refused calls draw no IDs").isEqualTo(fresh);
        assertThat(tracer.storage()).isSameAs(storage);
        assertThat(storage.current()).isEqualTo(ALICE);
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 the scenario refuses zero requests and runs a single one cleanly")
    void scenarioWithOneRequest() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

        ScenarioResult one = ConcurrentRequests.run(StorageKind.PER_THREAD, 11, 1, quiet);

        assertThat(one.sightings()).singleElement().satisfies(sighting -> {
            assertThat(sighting.requestId()).isEqualTo("req-1");
            assertThat(sighting.seenTraceId()).isEqualTo(sighting.ownTraceId());
            assertThat(sighting.time()).isZero();
        });
        assertThat(one.spans()).hasSize(3);
        assertThatThrownBy(() -> ConcurrentRequests.run(StorageKind.PER_THREAD, 11, 0, quiet))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("requests must be at least 1, got 0");
    }

    // ---- ch07.4 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.4")
    @DisplayName("ch07.4 a task that leaks a scope fails loudly and leaves its pool thread clean")
    void leakedScopeInATaskIsReportedAndCleanedUp() throws Exception {
        storage.attach(ALICE);
        Runnable leaking = storage.capture().wrap(() -> {
            storage.attach(CAROL); // never closed
        });

        Future<?> run = pool.submit(leaking);

        assertThatThrownBy(() -> run.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalStateException.class);
        assertThat(pool.submit(storage::current).get(5, TimeUnit.SECONDS))
                .as("current() on the pool thread after the leaking task").isNull();
    }

    @Test
    @Tag("ch07.4")
    @DisplayName("ch07.4 a task captured with no context runs with none, then the thread's own comes back")
    void taskCapturedWithoutContextRunsWithNone() throws Exception {
        pool.submit(() -> storage.attach(BOB)).get(5, TimeUnit.SECONDS); // a scope leaked on the pool thread
        ContextSnapshot nothing = storage.capture();

        TraceContext inside = pool.submit(nothing.wrap(storage::current)).get(5, TimeUnit.SECONDS);
        TraceContext after = pool.submit(storage::current).get(5, TimeUnit.SECONDS);

        assertThat(inside).as("current() in a task captured with no context, on a thread with a leaked one")
                .isNull();
        assertThat(after).as("the pool thread's own context after the task").isEqualTo(BOB);
    }

    // ---- ch07.5 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.5")
    @DisplayName("ch07.5 execute and invokeAny carry the context; shutdown reaches the wrapped pool")
    void executeInvokeAnyAndShutdown() throws Exception {
        ExecutorService raw = Executors.newFixedThreadPool(2);
        ExecutorService wrapped = storage.wrap(raw);
        try (Scope scope = storage.attach(ALICE)) {
            assertThat(wrapped.isShutdown()).as("isShutdown() of a running pool").isFalse();
            assertThat(wrapped.isTerminated()).as("isTerminated() of a running pool").isFalse();
            assertThat(wrapped.awaitTermination(1, TimeUnit.MILLISECONDS)).as("awaitTermination of a running pool")
                    .isFalse();
            CompletableFuture<TraceContext> executed = new CompletableFuture<>();
            wrapped.execute(() -> executed.complete(storage.current()));
            TraceContext any = wrapped.invokeAny(List.of(storage::current, storage::current), 5, TimeUnit.SECONDS);

            assertThat(executed.get(5, TimeUnit.SECONDS)).as("current() in execute").isEqualTo(ALICE);
            assertThat(any).as("current() in invokeAny").isEqualTo(ALICE);
        } finally {
            wrapped.shutdown();
            assertThat(wrapped.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(raw.isShutdown()).as("the wrapped pool is shut down").isTrue();
        // The pool's own toString changes while its last worker exits, so compare its identity.
        assertThat(wrapped.toString()).startsWith("ContextExecutorService(")
                .contains(raw.getClass().getName() + "@" + Integer.toHexString(raw.hashCode()));
        assertThat(wrapped.isShutdown()).isTrue();
        assertThat(wrapped.isTerminated()).isTrue();
    }

    @Test
    @Tag("ch07.5")
    @DisplayName("ch07.5 shutdownNow returns the queued tasks and they still carry their context")
    void shutdownNowReturnsQueuedTasks() throws Exception {
        ExecutorService wrapped = storage.wrap(Executors.newSingleThreadExecutor());
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<TraceContext> seen = new CompletableFuture<>();
        try (Scope scope = storage.attach(BOB)) {
            wrapped.execute(release::join);
            wrapped.execute(() -> seen.complete(storage.current()));
        }
        List<Runnable> queued = wrapped.shutdownNow();
        release.complete(null);
        assertThat(wrapped.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(queued).hasSize(1);
        queued.get(0).run();
        assertThat(seen.getNow(null)).as("current() in a queued task run by hand").isEqualTo(BOB);
        assertThat(storage.current()).isNull();
    }

    // ---- ch07.6 -------------------------------------------------------------------------

    @Test
    @Tag("ch07.6")
    @DisplayName("ch07.6 a wrapped function that throws leaves the completing thread clean")
    void failingStageLeavesNoContext() throws Exception {
        Function<String, String> failing;
        try (Scope scope = storage.attach(ALICE)) {
            failing = storage.capture().wrapFunction(body -> {
                throw new IllegalStateException("bad reply " + body + " in " + storage.current().traceId());
            });
        }

        CompletableFuture<String> stage = CompletableFuture.supplyAsync(() -> "500", pool).thenApplyAsync(failing, pool);

        assertThatThrownBy(() -> stage.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().hasMessage("bad reply 500 in " + ALICE.traceId());
        assertThat(pool.submit(storage::current).get(5, TimeUnit.SECONDS)).isNull();
    }

    @Test
    @Tag("ch07.6")
    @DisplayName("ch07.6 one wrapped function serves many stages, each in the captured context")
    void oneWrapperManyStages() throws Exception {
        Function<Integer, String> traceOf;
        try (Scope scope = storage.attach(CAROL)) {
            traceOf = storage.capture().wrapFunction(n -> n + ":" + storage.current().spanId());
        }
        try (Scope scope = storage.attach(BOB)) {
            List<CompletableFuture<String>> stages = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                stages.add(CompletableFuture.completedFuture(i).thenApplyAsync(traceOf, pool));
            }
            for (int i = 0; i < 5; i++) {
                assertThat(stages.get(i).get(5, TimeUnit.SECONDS)).isEqualTo(i + ":" + CAROL.spanId());
            }
            assertThat(traceOf.apply(9)).as("applied here, where BOB is current").isEqualTo("9:" + CAROL.spanId());
            assertThat(storage.current()).isEqualTo(BOB);
        }
    }

    private ScopedTracer tracer(List<SpanData> spans) {
        return new ScopedTracer(storage, () -> 2.0, IdGenerator.random(new SplittableRandom(3)), spans::add);
    }

    /** Hex IDs (32, 16 or 8 digits) replaced by {@code <id1>}, {@code <id2>}, ... by first appearance. */
    private static String normalizeIds(String text) {
        Map<String, String> names = new HashMap<>();
        Matcher id = Pattern.compile("\\b[0-9a-f]{32}\\b|\\b[0-9a-f]{16}\\b|\\b[0-9a-f]{8}\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            id.appendReplacement(out, names.computeIfAbsent(id.group(), key -> "<id" + (names.size() + 1) + ">"));
        }
        id.appendTail(out);
        return out.toString();
    }

    private static List<String> shapes(List<SpanData> spans) {
        return spans.stream().map(span -> span.operationName() + " " + span.serviceName() + " " + span.kind()
                + " root=" + span.isRoot() + " " + span.tags()).toList();
    }

    @Test
    @Tag("ch07.3")
    @DisplayName("ch07.3 a traceRoot whose body throws records its failure and makes the outer context current again")
    void failedTraceRootRestoresTheCurrentContext() {
        List<SpanData> spans = new ArrayList<>();
        ScopedTracer tracer = tracer(spans);
        storage.attach(ALICE);
        IllegalStateException failure = new IllegalStateException("refused");

        assertThatThrownBy(() -> tracer.traceRoot("make_request", "client", SpanKind.CLIENT, () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(storage.current()).as("current() after the failed root").isEqualTo(ALICE);
        assertThat(spans).singleElement().satisfies(root -> {
            assertThat(root.isRoot()).isTrue();
            assertThat(root.tags()).containsEntry("error", true).containsEntry("error.message", "refused");
        });
    }
}
