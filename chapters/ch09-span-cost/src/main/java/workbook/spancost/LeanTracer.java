package workbook.spancost;

import java.util.Objects;
import java.util.function.Consumer;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;
import workbook.tracer.Storage;

/**
 * Chapter 02's {@code Tracer.inSpan}, the same steps in the same order, without the work nobody
 * asked for. Per traced call it makes a span ID, the child {@link TraceContext} (the body may
 * read it from {@link Storage}), and one {@link FinishedSpan} for the sink: no {@code Span}
 * with its tag map and log list, no {@code SpanData} copy of them. Whoever needs the tags asks
 * {@link FinishedSpan#toSpanData()}, and gets exactly what chapter 02 would have sent.
 *
 * <p>It reads and writes chapter 02's {@link Storage}, so it nests with chapter 02's tracer,
 * and reads the clock as often and in the same order (start, the failure's log, end), so the
 * same clock and IDs give the same spans.
 *
 * <p>Thread safety: as chapter 02's tracer, that of the global {@link Storage} (one simulation
 * process at a time). Chapter 07's per-thread storage costs a {@code ThreadLocal} lookup more.
 */
public final class LeanTracer {

    private final Clock clock;
    private final IdGenerator ids;
    private final Consumer<FinishedSpan> sink;

    /**
     * @param clock stamps span starts, ends and failures
     * @param ids   makes span IDs ({@link FastIdGenerator} makes them without waste)
     * @param sink  receives every finished span; it must not block (it runs inside the traced call)
     */
    public LeanTracer(Clock clock, IdGenerator ids, Consumer<FinishedSpan> sink) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** {@link #inSpan(String, String, SpanKind, SpanBody)} for an {@link SpanKind#INTERNAL} span. */
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanBody<T, E> body)
            throws E {
        return inSpan(operationName, serviceName, SpanKind.INTERNAL, body);
    }

    /**
     * Runs {@code body} in a new span, a child of the span in {@link Storage#getContext()}, and
     * returns what it returns; without a current, sampled context it only runs {@code body}.
     * Whatever happens, the finished span goes to the sink and the previous context is restored.
     *
     * @throws IllegalArgumentException if a name is null or blank, traced or not
     * @throws E                        whatever {@code body} throws, unchanged
     */
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanKind kind,
                                             SpanBody<T, E> body) throws E {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        // TODO ch09.3: A leaner span path: record what happened, build tags and logs only when asked
        //   Hint: Chapter 02's inSpan fills a LinkedHashMap and an ArrayList per span and copies both into SpanData; a FinishedSpan keeps only the facts they are made from (docs/ch09-span-cost.md#ch093).
        throw new UnsupportedOperationException("TODO ch09.3: A leaner span path: record what happened, build tags and logs only when asked");
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }
}
