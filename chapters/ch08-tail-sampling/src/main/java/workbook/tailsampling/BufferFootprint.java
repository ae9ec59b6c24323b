package workbook.tailsampling;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import workbook.trace.IdGenerator;
import workbook.trace.Span;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * The seed's question "what is the maximum memory cost per in-flight request?", answered by
 * measurement: fill a {@link TailSampler} with many traces shaped like the demo's and see how
 * much heap it holds, per trace. Two fills (1 and 5 spans per trace) separate what a span costs
 * from what a trace costs beyond its spans; a third measures a remembered decision.
 *
 * <p>How it measures, with no instrumentation agent and no JMH: the live heap after
 * {@code System.gc()} (the heap pools other than Eden, see {@link #liveHeap()}) while the filled
 * sampler is reachable, minus the same after letting it go. The figures hold for this JVM
 * (object headers, compressed references); they vary by a few bytes between runs and JVMs,
 * which is why the chapter's doc also derives them from the objects' layout.
 *
 * <p>Not thread-safe; it calls {@code System.gc()}: a tool to run on its own, not in a service.
 */
public final class BufferFootprint {

    /** Traces per fill: enough that a few kilobytes of noise do not matter. */
    static final int TRACES = 20_000;

    /** Measured costs in bytes. Immutable. */
    record Costs(double perSpan, double perTrace, double perDecision) {

        /** A trace held with {@code spans} spans. */
        double heldTrace(int spans) {
            return perTrace + spans * perSpan;
        }

        /** The most a sampler with these settings can hold: every bound reached at once. */
        double worstCase(TailSamplingSettings settings) {
            return settings.maxTraces() * heldTrace(settings.maxSpansPerTrace())
                    + settings.decisionCacheSize() * perDecision;
        }
    }

    private BufferFootprint() {}

    public static void main(String[] args) {
        report(measure(TRACES), System.out);
    }

    static Costs measure(int traces) {
        double oneSpan = bytesPerHeldTrace(traces, 1);
        double fiveSpans = bytesPerHeldTrace(traces, 5);
        double perSpan = (fiveSpans - oneSpan) / 4;
        return new Costs(perSpan, oneSpan - perSpan, bytesPerDecision(traces));
    }

    static void report(Costs costs, PrintStream out) {
        TailSamplingSettings demo = HeadVsTailDemo.SETTINGS;
        TailSamplingSettings collectorDefault = new TailSamplingSettings(demo.decisionWait(), 50_000,
                demo.maxSpansPerTrace(), 50_000);
        out.printf(Locale.ROOT, "Tail sampler memory, measured on this JVM (live heap after System.gc(), %d traces):%n",
                TRACES);
        out.printf(Locale.ROOT, "  each held span:                       %4.0f bytes%n", costs.perSpan());
        out.printf(Locale.ROOT, "  each held trace, beyond its spans:    %4.0f bytes%n", costs.perTrace());
        out.printf(Locale.ROOT, "  each remembered decision:             %4.0f bytes%n", costs.perDecision());
        out.printf(Locale.ROOT, "A checkout request in flight (%d spans): %.0f bytes%n", CheckoutTraffic.SPANS_PER_REQUEST,
                costs.heldTrace(CheckoutTraffic.SPANS_PER_REQUEST));
        out.printf(Locale.ROOT, "Worst case, demo settings (%d traces x %d spans, %d decisions): %.1f MB%n",
                demo.maxTraces(), demo.maxSpansPerTrace(), demo.decisionCacheSize(), costs.worstCase(demo) / 1e6);
        out.printf(Locale.ROOT, "Worst case, %d traces (the Collector's default num_traces) x %d spans: %.0f MB%n",
                collectorDefault.maxTraces(), collectorDefault.maxSpansPerTrace(),
                costs.worstCase(collectorDefault) / 1e6);
    }

    /** Heap held per trace by a sampler holding {@code traces} traces of {@code spans} spans, root last. */
    private static double bytesPerHeldTrace(int traces, int spans) {
        TailSampler[] holder = {new TailSampler(new TailSamplingSettings(60, traces, spans, 1),
                List.of(SamplingPolicy.anyError()), span -> { }, () -> 0.0)};
        fill(holder[0], traces, spans);
        return releasedBytes(holder) / traces;
    }

    /** Heap held per decision by a sampler that has decided {@code traces} one-span traces. */
    private static double bytesPerDecision(int traces) {
        TailSampler[] holder = {new TailSampler(new TailSamplingSettings(0, traces, 1, traces),
                List.of(SamplingPolicy.anyError()), span -> { }, () -> 0.0)};
        fill(holder[0], traces, 1);
        holder[0].decideDue();
        return releasedBytes(holder) / traces;
    }

    /**
     * How much live heap goes away when the only reference to the sampler, {@code holder[0]}, is
     * dropped: what the sampler holds, measured in one step. Why not "after filling minus before":
     * garbage of earlier work that a compiled frame still kept reachable at "before" would be
     * freed by "after" and make the figure too small, even negative.
     */
    private static double releasedBytes(TailSampler[] holder) {
        long with = liveHeap();
        holder[0] = null;
        return with - liveHeap();
    }

    /** Sends {@code traces} traces of {@code spans} spans each: a chain of children, then the root. */
    private static void fill(TailSampler sampler, int traces, int spans) {
        IdGenerator ids = IdGenerator.random(new SplittableRandom(1));
        for (int t = 0; t < traces; t++) {
            TraceContext context = TraceContext.root(ids.newTraceId(), ids.newSpanId());
            Span root = Span.start(context, "checkout", "web", SpanKind.CLIENT, () -> 0.0);
            for (int s = 1; s < spans; s++) {
                context = context.child(ids.newSpanId());
                Span child = Span.start(context, "query", "Database", SpanKind.CLIENT, () -> 0.0);
                child.finish(0.0);
                sampler.accept(child.toData());
            }
            root.finish(0.0);
            sampler.accept(root.toData());
        }
    }

    /**
     * Live heap data after a full collection: the heap pools other than the allocation space
     * (Eden), into which a full collection has moved every live object. Eden is left out because
     * collectors report a few megabytes of it "used" right after a full collection (allocation
     * buffers handed out again), which would drown the figures.
     */
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
