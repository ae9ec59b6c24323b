package workbook.spancost;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import workbook.tailsampling.SamplingPolicy;
import workbook.tailsampling.TailSampler;
import workbook.tailsampling.TailSamplingSettings;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * Memory per buffered span, measured: fills a {@link CompactTailBuffer}, and for comparison
 * chapter 08's {@link TailSampler}, with the same spans, and divides the live heap each holds
 * by the spans held. Chapter 09's goal: at most 1.5 times the spans' payload
 * ({@link SpanPayload}).
 *
 * <p>How it measures, as chapter 08's {@code BufferFootprint}: the live heap after
 * {@code System.gc()} (every heap pool but Eden) while the filled buffer is reachable, minus the
 * same once it is not. The spans themselves are made before and kept reachable throughout, so
 * only what the buffer adds is counted: for chapter 08 that is little more than references,
 * because it keeps the very {@code SpanData} objects it receives; the figure printed for it
 * therefore adds the bytes of those objects, which a collector receiving spans over the network
 * must hold. Figures vary by a few bytes between runs and JVMs.
 *
 * <p>Run it alone: {@code ../../mvnw -q compile exec:java} from the chapter folder. Not thread-safe.
 */
public final class TailFootprint {

    /** Traces per fill. */
    static final int TRACES = 20_000;

    /** Spans per trace: four children and the root, the shape of chapter 08's checkout request. */
    static final int SPANS_PER_TRACE = 5;

    /** The result of one measurement, in bytes per span. Immutable. */
    record Result(double payload, double compact, double chapter08Buffer, double chapter08Spans) {

        double compactRatio() {
            return compact / payload;
        }

        double chapter08Ratio() {
            return (chapter08Buffer + chapter08Spans) / payload;
        }
    }

    private TailFootprint() {}

    public static void main(String[] args) {
        try {
            report(measure(TRACES), System.out);
        } catch (UnsupportedOperationException e) {
            if (!String.valueOf(e.getMessage()).startsWith("TODO ")) {
                throw e;
            }
            System.out.println("not yet: " + e.getMessage() + " (../../mvnw test shows what is next)");
        }
    }

    static Result measure(int traces) {
        List<SpanData> spans = spans(traces);
        double payload = spans.stream().mapToLong(SpanPayload::bytes).average().orElseThrow();
        int count = spans.size();
        Object[] compact = {new CompactTailBuffer(traces, count)};
        spans.forEach(((CompactTailBuffer) compact[0])::add);
        double compactBytes = releasedBytes(compact) / count;
        Object[] sampler = {new TailSampler(new TailSamplingSettings(60, traces, SPANS_PER_TRACE, 1),
                List.of(SamplingPolicy.anyError()), span -> { }, () -> 0.0)};
        spans.forEach(((TailSampler) sampler[0])::accept);
        double samplerBytes = releasedBytes(sampler) / count;
        Object[] copies = {copies(spans)};
        double spanBytes = releasedBytes(copies) / count;
        return new Result(payload, compactBytes, samplerBytes, spanBytes);
    }

    static void report(Result result, PrintStream out) {
        out.printf(Locale.ROOT, "Memory per buffered span, live heap after System.gc(), %d traces x %d spans, JDK %s:%n",
                TRACES, SPANS_PER_TRACE, Runtime.version().feature());
        out.printf(Locale.ROOT, "  payload (IDs, names, kind, times, tags)        %6.1f bytes%n", result.payload());
        out.printf(Locale.ROOT, "  ch09 CompactTailBuffer                        %6.1f bytes  %.2fx payload%n",
                result.compact(), result.compactRatio());
        out.printf(Locale.ROOT, "  ch08 TailSampler (buffer %.1f + SpanData %.1f) %6.1f bytes  %.2fx payload%n",
                result.chapter08Buffer(), result.chapter08Spans(), result.chapter08Buffer() + result.chapter08Spans(),
                result.chapter08Ratio());
    }

    /** {@code traces} traces: four children ("query" in "Database"), then the root ("checkout" in "web"). */
    static List<SpanData> spans(int traces) {
        IdGenerator ids = IdGenerator.random(new SplittableRandom(1));
        List<SpanData> spans = new ArrayList<>(traces * SPANS_PER_TRACE);
        for (int t = 0; t < traces; t++) {
            double start = t * 0.01;
            TraceContext root = TraceContext.root(ids.newTraceId(), ids.newSpanId());
            for (int s = 1; s < SPANS_PER_TRACE; s++) {
                TraceContext child = root.child(ids.newSpanId());
                spans.add(new SpanData(child.traceId(), child.spanId(), child.parentSpanId(), "query", "Database",
                        SpanKind.CLIENT, start + s * 0.001, start + s * 0.001 + 0.0005, Map.of("success", true),
                        List.of()));
            }
            spans.add(new SpanData(root.traceId(), root.spanId(), null, "checkout", "web", SpanKind.SERVER, start,
                    start + 0.006, Map.of("success", true, "http.status_code", 200L), List.of()));
        }
        return spans;
    }

    /** Fresh copies of the spans, equal but sharing nothing: what spans received over a network are. */
    private static List<SpanData> copies(List<SpanData> spans) {
        List<SpanData> copies = new ArrayList<>(spans.size());
        Consumer<SpanData> copy = span -> copies.add(new SpanData(new String(span.traceId()),
                new String(span.spanId()), span.parentSpanId() == null ? null : new String(span.parentSpanId()),
                new String(span.operationName()), new String(span.serviceName()), span.kind(), span.startTime(),
                span.endTime(), span.tags(), span.logs()));
        spans.forEach(copy);
        return copies;
    }

    /** How much live heap goes away when {@code holder[0]}, the only reference to it, is dropped. */
    private static double releasedBytes(Object[] holder) {
        long with = liveHeap();
        holder[0] = null;
        return with - liveHeap();
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && !pool.getName().contains("Eden"))
                .mapToLong(pool -> pool.getUsage().getUsed())
                .sum();
    }
}
