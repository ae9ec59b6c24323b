package workbook.spancost;

import java.util.Objects;
import java.util.Optional;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * Where a tail sampler keeps spans while their trace waits for its decision, in little more
 * memory than the spans' own bytes. Chapter 08 holds each span as the {@code SpanData} it
 * received, in a {@code Trace} in a {@code LinkedHashMap}: per span a record, four strings
 * (three IDs and their bytes), a tag map and a list; per trace a map entry, a {@code Trace}, an
 * {@code ArrayList}. That is several times the span's payload (its IDs, names, times and tags),
 * which bounds how many traces a collector can wait for.
 *
 * <p>Here a span is a row in arrays made once, at construction: its span and parent IDs as
 * {@code long}s, its start and end as {@code double}s, one reference to a {@link SpanShape}
 * shared by all spans with the same names, kind, tags and logs, and the row of the next span of
 * its trace. A trace is a slot in a {@link TraceIndex}: its ID as two {@code long}s and its
 * first and last rows. Nothing is allocated per span held except a shape never seen before.
 * Rows and slots freed by {@link #remove} and {@link #discard} are reused.
 *
 * <p>What goes in comes out unchanged: {@link #remove} rebuilds every span of a trace, in
 * arrival order, equal to the {@code SpanData} that was added. The buffer only holds: which
 * trace to decide, drop or evict is the sampler's business (chapter 08).
 *
 * <p>Not thread-safe: feed it from one thread at a time, as chapter 08's sampler.
 */
public final class CompactTailBuffer {

    /** Shapes remembered for sharing: a direct-mapped cache, so a lookup allocates nothing. */
    static final int SHARED_SHAPES = 1024;

    /** Above this, one array would outgrow what a JVM can allocate. */
    static final int MAX_CAPACITY = 1 << 26;

    private static final int NONE = -1;

    // One row per span held: its IDs, times, shape, and the next row of its trace (or of the free list).
    private final long[] spanIds;
    private final long[] parentIds;
    private final double[] startTimes;
    private final double[] endTimes;
    private final SpanShape[] shapes;
    private final int[] nextRow;
    private int freeRow;
    private int spanCount;

    // One slot per trace held: its first and last rows and how many.
    private final TraceIndex traces;
    private final int[] firstRow;
    private final int[] lastRow;
    private final int[] traceSpanCount;

    /** Recently seen shapes by a hash of their names and kind; a miss makes a new shape and replaces the old. */
    private final SpanShape[] recentShapes = new SpanShape[SHARED_SHAPES];

    /**
     * @param maxTraces the most traces held at once, in [1, 2^26]
     * @param maxSpans  the most spans held at once, over all traces, in [1, 2^26]
     * @throws IllegalArgumentException if a bound is outside its range
     */
    public CompactTailBuffer(int maxTraces, int maxSpans) {
        requireCapacity(maxTraces, "maxTraces");
        requireCapacity(maxSpans, "maxSpans");
        spanIds = new long[maxSpans];
        parentIds = new long[maxSpans];
        startTimes = new double[maxSpans];
        endTimes = new double[maxSpans];
        shapes = new SpanShape[maxSpans];
        nextRow = new int[maxSpans];
        for (int row = 0; row < maxSpans; row++) {
            nextRow[row] = row + 1 < maxSpans ? row + 1 : NONE;
        }
        freeRow = 0;
        traces = new TraceIndex(maxTraces);
        firstRow = new int[maxTraces];
        lastRow = new int[maxTraces];
        traceSpanCount = new int[maxTraces];
    }

    /**
     * Holds {@code span} with its trace, after the spans of that trace already held.
     *
     * @return false, holding nothing, when the span would be one too many: a span of a new trace
     *         when {@code maxTraces} traces are held, or any span when {@code maxSpans} are
     * @throws IllegalArgumentException if a span with the same ID is already held for its trace
     */
    public boolean add(SpanData span) {
        Objects.requireNonNull(span, "span");
        // TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index
        //   Hint: A held span is two longs, two doubles, one shared SpanShape and a link to the next span of its trace, in arrays made once (docs/ch09-span-cost.md#ch094).
        throw new UnsupportedOperationException("TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index");
    }

    /**
     * Takes a trace out: its spans, in the order they were added, rebuilt equal to what was
     * added. For the traces a sampler keeps, whose spans it exports. (Tags compare as maps: a
     * span whose tags equal a shared shape's in another order comes back in the shape's order.)
     *
     * @return the trace, or empty when none with this ID is held
     */
    public Optional<Trace> remove(String traceId) {
        int trace = slotOf(traceId);
        if (trace == NONE) {
            return Optional.empty();
        }
        // TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index
        //   Hint: A held span is two longs, two doubles, one shared SpanShape and a link to the next span of its trace, in arrays made once (docs/ch09-span-cost.md#ch094).
        throw new UnsupportedOperationException("TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index");
    }

    /**
     * Drops a trace without rebuilding its spans: for the traces a sampler does not keep,
     * usually most of them.
     *
     * @return how many spans were dropped; 0 when no trace with this ID is held
     */
    public int discard(String traceId) {
        int trace = slotOf(traceId);
        if (trace == NONE) {
            return 0;
        }
        // TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index
        //   Hint: A held span is two longs, two doubles, one shared SpanShape and a link to the next span of its trace, in arrays made once (docs/ch09-span-cost.md#ch094).
        throw new UnsupportedOperationException("TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index");
    }

    /** How many spans of this trace are held; 0 for a trace not held. */
    public int spanCount(String traceId) {
        int trace = slotOf(traceId);
        return trace == NONE ? 0 : traceSpanCount[trace];
    }

    /** How many spans are held, over all traces. */
    public int spanCount() {
        return spanCount;
    }

    /** How many traces are held. */
    public int traceCount() {
        return traces.size();
    }

    public int maxTraces() {
        return traces.capacity();
    }

    public int maxSpans() {
        return spanIds.length;
    }

    /** Puts every row of a trace back on the free list and frees its slot. */
    private void release(int trace) {
        // TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index
        //   Hint: A held span is two longs, two doubles, one shared SpanShape and a link to the next span of its trace, in arrays made once (docs/ch09-span-cost.md#ch094).
        throw new UnsupportedOperationException("TODO ch09.4: A compact tail buffer: spans as columns of primitives, traces in an open-addressing index");
    }

    /** The slot of a held trace, or {@link #NONE}; an ID that is not a valid trace ID is never held. */
    private int slotOf(String traceId) {
        if (traceId == null || traceId.length() != 2 * Base16.LONG_CHARS || !Base16.isId(traceId, 0, traceId.length())) {
            return NONE;
        }
        return traces.find(Base16.longAt(traceId, 0), Base16.longAt(traceId, Base16.LONG_CHARS));
    }

    /**
     * A shape equal to {@code span}'s: the one last seen for its names and kind if its tags and
     * logs are equal too, otherwise a new one that takes its place in the cache. Spans with the
     * same shape then share one object, and memory per span does not grow with its names or
     * tags; a collision only costs a shape of its own, never a wrong one.
     */
    private SpanShape share(SpanData span) {
        int hash = (span.operationName().hashCode() * 31 + span.serviceName().hashCode()) * 31 + span.kind().ordinal();
        int index = (hash ^ hash >>> 16) & (SHARED_SHAPES - 1);
        SpanShape recent = recentShapes[index];
        if (recent != null && recent.kind() == span.kind() && recent.operationName().equals(span.operationName())
                && recent.serviceName().equals(span.serviceName()) && recent.tags().equals(span.tags())
                && recent.logs().equals(span.logs())) {
            return recent;
        }
        SpanShape shape = new SpanShape(span.operationName(), span.serviceName(), span.kind(), span.tags(), span.logs());
        recentShapes[index] = shape;
        return shape;
    }

    private static void requireCapacity(int capacity, String name) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_CAPACITY + "], got " + capacity);
        }
    }
}
