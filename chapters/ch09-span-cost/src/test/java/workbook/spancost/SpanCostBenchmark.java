package workbook.spancost;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.propagation.W3cPropagator;
import workbook.sampling.TraceIdRatioSampler;
import workbook.tailsampling.TailSampler;
import workbook.tailsampling.TailSamplingSettings;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;
import workbook.tracer.Storage;

/**
 * What a span costs: the workbook's tracing paths beside the OpenTelemetry Java SDK's, in one JMH
 * run. For each path, {@code <path>Workbook} is chapter 09's fast version and {@code <path>Otel}
 * the SDK doing the same work; {@code <path>Ch02}, {@code Ch05}, {@code Ch06} and {@code Ch08}
 * measure the earlier chapters' code as it was taught.
 *
 * <p>Run from the chapter folder: {@code ../../mvnw -q test-compile exec:exec@jmh} (JSON in
 * {@code target/jmh-result.json}); the doc (docs/ch09-span-cost.md) explains how to read it.
 *
 * <p>How each benchmark stays honest: inputs come from arrays read at a moving index (never a
 * constant the JIT could fold), every result is returned or written to a field (so JMH's
 * blackhole keeps the work alive), and the same work is asked of both sides: a sampled span is
 * started as the child of a current sampled span, made current, tagged {@code success=true},
 * ended and handed to a sink that keeps it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SpanCostBenchmark {

    /** Distinct inputs per benchmark, read in turn: a power of two, so the index wraps with a mask. */
    static final int INPUTS = 1024;

    static final String OPERATION = "handle_request";
    static final String SERVICE = "OrderService";

    private static final AttributeKey<Boolean> SUCCESS = AttributeKey.booleanKey("success");

    /** Random valid trace IDs, the same in every run. */
    static String[] traceIds() {
        IdGenerator ids = IdGenerator.random(new SplittableRandom(42));
        String[] traceIds = new String[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            traceIds[i] = ids.newTraceId();
        }
        return traceIds;
    }

    /** The clock both tracers read: nanoseconds, as seconds for the workbook's {@code double} times. */
    static final Clock NANO_CLOCK = () -> System.nanoTime() * 1e-9;

    // ---------------------------------------------------------------- spans

    /** A sink and a processor that keep the last span, so that no span is dead code. */
    @State(Scope.Thread)
    public static class Spans {

        final Object result = "ok";
        /** The traced work: made once, so that no benchmark allocates a lambda per call. */
        final SpanBody<Object, RuntimeException> body = () -> result;
        Object lastSpan;

        LeanTracer lean;
        workbook.tracer.Tracer taught;
        Tracer otel;
        SdkTracerProvider provider;
        io.opentelemetry.context.Scope otelParent;

        /** Whether the parent is sampled: true for sampledSpan*, false for unsampledSpan*. */
        boolean sampled() {
            return true;
        }

        @Setup(Level.Trial)
        public void setUp() {
            String traceId = traceIds()[0];
            String parentId = "00f067aa0ba902b7";
            lean = new LeanTracer(NANO_CLOCK, new FastIdGenerator(), span -> lastSpan = span);
            taught = new workbook.tracer.Tracer(NANO_CLOCK, IdGenerator.random(new SplittableRandom(7)));
            Storage.reset();
            Storage.setContext(new TraceContext(traceId, parentId, null, sampled(), Map.of()));
            Storage.setCollector(span -> lastSpan = span);
            provider = SdkTracerProvider.builder()
                    .setSampler(Sampler.parentBased(Sampler.alwaysOn()))
                    .addSpanProcessor(new KeepLast(this))
                    .build();
            otel = provider.get("workbook");
            SpanContext parent = SpanContext.create(traceId, parentId,
                    sampled() ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault());
            otelParent = Context.root().with(Span.wrap(parent)).makeCurrent();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            otelParent.close();
            provider.close();
            Storage.reset();
        }
    }

    /** The same, under a parent that is not sampled. */
    @State(Scope.Thread)
    public static class UnsampledSpans extends Spans {

        @Override
        boolean sampled() {
            return false;
        }
    }

    /** OpenTelemetry's side of the sink: keeps the ended span, as the workbook's sink keeps its. */
    private static final class KeepLast implements SpanProcessor {

        private final Spans state;

        KeepLast(Spans state) {
            this.state = state;
        }

        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            state.lastSpan = span;
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** The body both tracers run: it only returns a value, so the span's own cost is what shows. */
    private static Object otelInSpan(Spans s) {
        Span span = s.otel.spanBuilder(OPERATION).startSpan();
        try (io.opentelemetry.context.Scope scope = span.makeCurrent()) {
            Object result = s.result;
            span.setAttribute(SUCCESS, true);
            return result;
        } catch (RuntimeException | Error failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
            throw failure;
        } finally {
            span.end();
        }
    }

    @Benchmark
    public Object sampledSpanWorkbook(Spans s) {
        return s.lean.inSpan(OPERATION, SERVICE, s.body);
    }

    @Benchmark
    public Object sampledSpanCh02(Spans s) {
        return s.taught.inSpan(OPERATION, SERVICE, s.body);
    }

    @Benchmark
    public Object sampledSpanOtel(Spans s) {
        return otelInSpan(s);
    }

    @Benchmark
    public Object unsampledSpanWorkbook(UnsampledSpans s) {
        return s.lean.inSpan(OPERATION, SERVICE, s.body);
    }

    @Benchmark
    public Object unsampledSpanOtel(UnsampledSpans s) {
        return otelInSpan(s);
    }

    // ---------------------------------------------------------------- head sampling

    @State(Scope.Thread)
    public static class Ratio {

        final String[] traceIds = traceIds();
        final TraceContext[] contexts = new TraceContext[INPUTS];
        final SpanContext[] otelContexts = new SpanContext[INPUTS];
        final FastRatioSampler fast = new FastRatioSampler(0.25);
        final TraceIdRatioSampler taught = new TraceIdRatioSampler(0.25);
        final Sampler otel = Sampler.traceIdRatioBased(0.25);
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            for (int i = 0; i < INPUTS; i++) {
                contexts[i] = TraceContext.root(traceIds[i], "00f067aa0ba902b7");
                otelContexts[i] = SpanContext.create(traceIds[i], "00f067aa0ba902b7", TraceFlags.getSampled(),
                        TraceState.getDefault());
            }
        }

        String nextTraceId() {
            next = (next + 1) & (INPUTS - 1);
            return traceIds[next];
        }

        TraceContext nextContext() {
            next = (next + 1) & (INPUTS - 1);
            return contexts[next];
        }

        SpanContext nextOtelContext() {
            next = (next + 1) & (INPUTS - 1);
            return otelContexts[next];
        }
    }

    /**
     * What a tracer asks when it starts a span in a context it holds: the workbook's sampler reads
     * the trace ID from the {@link TraceContext}, whose ID is valid by construction. The pair to
     * {@link #ratioDecisionOtel}, which does what OpenTelemetry's span builder does with its
     * parent's {@code SpanContext}: read the trace ID string from it and pass it to the sampler.
     */
    @Benchmark
    public boolean ratioDecisionWorkbook(Ratio s) {
        return s.fast.shouldSample(s.nextContext());
    }

    /** The same decision from a bare string, which must be checked first: chapter 05's promise, kept. */
    @Benchmark
    public boolean ratioDecisionStringWorkbook(Ratio s) {
        return s.fast.shouldSample(s.nextTraceId());
    }

    @Benchmark
    public boolean ratioDecisionCh05(Ratio s) {
        return s.taught.shouldSample(s.nextTraceId());
    }

    /** OpenTelemetry's sampler, given the trace ID of a {@code SpanContext} as its span builder gives it. */
    @Benchmark
    public Object ratioDecisionOtel(Ratio s) {
        return s.otel.shouldSample(Context.root(), s.nextOtelContext().getTraceId(), OPERATION,
                io.opentelemetry.api.trace.SpanKind.INTERNAL, Attributes.empty(), List.of()).getDecision();
    }

    /**
     * OpenTelemetry's sampler on a bare trace-ID string, one pointer fewer to follow than a
     * context. It trusts the string (its IDs were checked where they were made), where
     * {@link #ratioDecisionStringWorkbook} checks it, as chapter 05 promised.
     */
    @Benchmark
    public Object ratioDecisionStringOtel(Ratio s) {
        return s.otel.shouldSample(Context.root(), s.nextTraceId(), OPERATION,
                io.opentelemetry.api.trace.SpanKind.INTERNAL, Attributes.empty(), List.of()).getDecision();
    }

    // ---------------------------------------------------------------- W3C extract

    @State(Scope.Thread)
    public static class W3c {

        private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
            @Override
            public Iterable<String> keys(Map<String, String> carrier) {
                return carrier.keySet();
            }

            @Override
            public String get(Map<String, String> carrier, String key) {
                return carrier == null ? null : carrier.get(key);
            }
        };

        final Headers[] headers = new Headers[INPUTS];
        /** The same headers with one character of the trace ID replaced by one that is not lowercase hex. */
        final Headers[] badHeaders = new Headers[INPUTS];
        /** The trace and parent IDs of each header, cut out once, for {@link #w3cIdCheckCh01}. */
        final String[] traceIdOf = new String[INPUTS];
        final String[] parentIdOf = new String[INPUTS];
        @SuppressWarnings("unchecked")
        final Map<String, String>[] carriers = new Map[INPUTS];
        @SuppressWarnings("unchecked")
        final Map<String, String>[] badCarriers = new Map[INPUTS];
        final Propagator fast = new FastW3cPropagator();
        final Propagator taught = Propagator.w3c();
        final W3CTraceContextPropagator otel = W3CTraceContextPropagator.getInstance();
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            String[] traceIds = traceIds();
            IdGenerator ids = IdGenerator.random(new SplittableRandom(43));
            for (int i = 0; i < INPUTS; i++) {
                String traceparent = "00-" + traceIds[i] + "-" + ids.newSpanId() + "-0" + (i & 1);
                headers[i] = Headers.empty().with(W3cPropagator.TRACEPARENT, traceparent);
                carriers[i] = Map.of(W3cPropagator.TRACEPARENT, traceparent);
                String bad = badTraceparent(traceparent, i);
                badHeaders[i] = Headers.empty().with(W3cPropagator.TRACEPARENT, bad);
                badCarriers[i] = Map.of(W3cPropagator.TRACEPARENT, bad);
                traceIdOf[i] = traceparent.substring(3, 35);
                parentIdOf[i] = traceparent.substring(36, 52);
            }
        }

        /** {@code traceparent} with one trace-ID character, somewhere in the ID, replaced by 'G' or 'x'. */
        private static String badTraceparent(String traceparent, int i) {
            int at = 3 + i % 32;
            char[] chars = traceparent.toCharArray();
            chars[at] = (i & 2) == 0 ? 'G' : 'x';
            return new String(chars);
        }

        int next() {
            next = (next + 1) & (INPUTS - 1);
            return next;
        }
    }

    @Benchmark
    public Object w3cExtractWorkbook(W3c s) {
        return s.fast.extract(s.headers[s.next()]);
    }

    @Benchmark
    public Object w3cExtractCh06(W3c s) {
        return s.taught.extract(s.headers[s.next()]);
    }

    @Benchmark
    public Object w3cExtractOtel(W3c s) {
        return s.otel.extract(Context.root(), s.carriers[s.next()], W3c.GETTER);
    }

    /**
     * A {@code traceparent} of the right shape whose trace ID is not lowercase hex: no context on
     * either side. The workbook's extract leaves the ID check to {@code TraceContext}'s
     * constructor, so this is the price of the exception it throws, which valid headers never pay.
     */
    @Benchmark
    public Object w3cExtractBadIdWorkbook(W3c s) {
        return s.fast.extract(s.badHeaders[s.next()]);
    }

    @Benchmark
    public Object w3cExtractBadIdOtel(W3c s) {
        return s.otel.extract(Context.root(), s.badCarriers[s.next()], W3c.GETTER);
    }

    /**
     * Not a pair: the part of {@link #w3cExtractWorkbook} that chapter 09 cannot change. Every
     * {@code TraceContext} checks its IDs in its constructor (chapter 01's {@code HexIds.isValid},
     * a table lookup per character), so every extract pays this. Subtract it from the extract to
     * see what chapter 09's own code costs.
     */
    @Benchmark
    public boolean w3cIdCheckCh01(W3c s) {
        int i = s.next();
        return workbook.trace.TraceId.isValid(s.traceIdOf[i]) & workbook.trace.SpanId.isValid(s.parentIdOf[i]);
    }

    // ---------------------------------------------------------------- tail buffer

    /**
     * Traces of four spans, three children then the root, sent in turn. The buffer drops a trace
     * when its root arrives, as a sampler does with the most traces once it has decided them, so
     * the buffer stays about as full as it would under a steady load.
     */
    @State(Scope.Thread)
    public static class Tail {

        static final int TRACES = 4096;
        static final int SPANS_PER_TRACE = 4;

        final SpanData[] spans = new SpanData[TRACES * SPANS_PER_TRACE];
        CompactTailBuffer compact;
        TailSampler taught;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            IdGenerator ids = IdGenerator.random(new SplittableRandom(44));
            int i = 0;
            for (int t = 0; t < TRACES; t++) {
                TraceContext root = TraceContext.root(ids.newTraceId(), ids.newSpanId());
                for (int c = 1; c < SPANS_PER_TRACE; c++) {
                    TraceContext child = root.child(ids.newSpanId());
                    spans[i++] = new SpanData(child.traceId(), child.spanId(), child.parentSpanId(), "query",
                            "Database", SpanKind.CLIENT, t + c * 0.001, t + c * 0.001 + 0.0005,
                            Map.of("success", true), List.of());
                }
                spans[i++] = new SpanData(root.traceId(), root.spanId(), null, "checkout", "web", SpanKind.SERVER,
                        t, t + 0.006, Map.of("success", true, "http.status_code", 200L), List.of());
            }
            compact = new CompactTailBuffer(1024, 1024 * SPANS_PER_TRACE);
            taught = new TailSampler(new TailSamplingSettings(0, 1024, SPANS_PER_TRACE, 1024),
                    List.of(workbook.tailsampling.SamplingPolicy.anyError()), span -> { }, () -> 0.0);
        }

        SpanData nextSpan() {
            next = next + 1 == spans.length ? 0 : next + 1;
            return spans[next];
        }
    }

    @Benchmark
    public int tailIngestWorkbook(Tail s) {
        SpanData span = s.nextSpan();
        if (!s.compact.add(span)) {
            throw new IllegalStateException("the buffer is full; the benchmark's traces should fit");
        }
        return span.isRoot() ? s.compact.discard(span.traceId()) : s.compact.spanCount();
    }

    @Benchmark
    public Object tailIngestCh08(Tail s) {
        SpanData span = s.nextSpan();
        s.taught.accept(span);
        if (span.isRoot()) {
            s.taught.decideDue();
        }
        return s.taught;
    }
}
