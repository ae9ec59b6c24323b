package workbook.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One unit of work while it is being recorded: an operation in a service, from start to
 * finish, with tags (searchable key-values such as {@code http.status_code}) and logs
 * (timestamped events such as a retry).
 *
 * <p>A span is written by the one process doing the work and then, once finished, handed
 * on as an immutable {@link SpanData} snapshot ({@link #toData()}): the seed passes its
 * mutable span to the collector instead, so the collector could see it change. This split
 * is OpenTelemetry's too ({@code ReadWriteSpan} while recording, {@code SpanData} after).
 *
 * <p>Not thread-safe: a span belongs to the process that started it.
 */
public final class Span {

    private final TraceContext context;
    private final String operationName;
    private final String serviceName;
    private final SpanKind kind;
    private final Clock clock;
    private final double startTime;
    private final Map<String, Object> tags = new LinkedHashMap<>();
    private final List<SpanLog> logs = new ArrayList<>();
    private double endTime = Double.NaN;

    private Span(TraceContext context, String operationName, String serviceName, SpanKind kind, Clock clock) {
        this.context = Objects.requireNonNull(context, "context");
        this.operationName = requireName(operationName, "operationName");
        this.serviceName = requireName(serviceName, "serviceName");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startTime = clock.now();
    }

    /**
     * Starts recording a span now (by {@code clock}). Its IDs come from {@code context}: the
     * context's span is this span, and the context's parent is this span's parent.
     */
    public static Span start(TraceContext context, String operationName, String serviceName,
                             SpanKind kind, Clock clock) {
        return new Span(context, operationName, serviceName, kind, clock);
    }

    /** {@link #start(TraceContext, String, String, SpanKind, Clock)} for an {@link SpanKind#INTERNAL} span. */
    public static Span start(TraceContext context, String operationName, String serviceName, Clock clock) {
        return start(context, operationName, serviceName, SpanKind.INTERNAL, clock);
    }

    public TraceContext context() {
        return context;
    }

    public String traceId() {
        return context.traceId();
    }

    public String spanId() {
        return context.spanId();
    }

    /** The parent span's ID, or {@code null} for the root span of a trace. */
    public String parentSpanId() {
        return context.parentSpanId();
    }

    public String operationName() {
        return operationName;
    }

    public String serviceName() {
        return serviceName;
    }

    public SpanKind kind() {
        return kind;
    }

    public double startTime() {
        return startTime;
    }

    public boolean isFinished() {
        return !Double.isNaN(endTime);
    }

    /** When the span finished; empty while it is still running. */
    public OptionalDouble endTime() {
        return isFinished() ? OptionalDouble.of(endTime) : OptionalDouble.empty();
    }

    /** End minus start; empty while the span is still running. */
    public OptionalDouble duration() {
        return isFinished() ? OptionalDouble.of(endTime - startTime) : OptionalDouble.empty();
    }

    public Span tag(String key, String value) {
        return putTag(key, value);
    }

    public Span tag(String key, boolean value) {
        return putTag(key, value);
    }

    public Span tag(String key, long value) {
        return putTag(key, value);
    }

    public Span tag(String key, double value) {
        return putTag(key, value);
    }

    /** The tags so far, in the order they were first set (read-only view). */
    public Map<String, Object> tags() {
        return Collections.unmodifiableMap(tags);
    }

    /** Records an event now (by the span's clock), such as {@code log("cache miss")}. */
    public Span log(String message) {
        return log(message, Map.of());
    }

    /**
     * Records an event now with details, such as {@code log("exception", Map.of("exception", "timeout"))}.
     *
     * @throws IllegalArgumentException when {@code message} is empty ({@link SpanLog} refuses it)
     */
    public Span log(String message, Map<String, ?> fields) {
        // BEGIN SOLUTION ch01.4
        requireRecording("log");
        logs.add(new SpanLog(clock.now(), message, TagValues.copyOf(fields)));
        return this;
        // END SOLUTION
    }

    /** The logs so far, oldest first (read-only view). */
    public List<SpanLog> logs() {
        return Collections.unmodifiableList(logs);
    }

    /** Finishes the span now, by its clock. */
    public void finish() {
        finish(clock.now());
    }

    /**
     * Finishes the span at {@code endTime}. A span finishes once: finishing it again, or
     * at a time before it started, is a bug in the caller and fails loudly.
     */
    public void finish(double endTime) {
        // BEGIN SOLUTION ch01.5
        if (isFinished()) {
            throw new IllegalStateException("span '" + operationName + "' (" + spanId()
                    + ") is already finished at " + this.endTime + "; finish() must be called once");
        }
        if (Double.isNaN(endTime) || endTime < startTime) {
            throw new IllegalArgumentException("end time " + endTime + " is before the start time " + startTime
                    + " of span '" + operationName + "'");
        }
        this.endTime = endTime;
        // END SOLUTION
    }

    /** An immutable snapshot of this finished span, for collectors and exporters. */
    public SpanData toData() {
        // BEGIN SOLUTION ch01.6
        if (!isFinished()) {
            throw new IllegalStateException("span '" + operationName + "' (" + spanId()
                    + ") is not finished; call finish() before taking its snapshot");
        }
        return new SpanData(traceId(), spanId(), parentSpanId(), operationName, serviceName, kind,
                startTime, endTime, tags, logs);
        // END SOLUTION
    }

    @Override
    public String toString() {
        return "Span(" + operationName + " " + spanId() + " in " + traceId()
                + (isFinished() ? ", " + (endTime - startTime) + "s" : ", running") + ")";
    }

    private Span putTag(String key, Object value) {
        // BEGIN SOLUTION ch01.4
        requireRecording("tag '" + key + "'");
        tags.put(key, TagValues.normalize(key, value));
        return this;
        // END SOLUTION
    }

    private void requireRecording(String what) {
        if (isFinished()) {
            throw new IllegalStateException("span '" + operationName + "' is finished; " + what
                    + " must be added before finish()");
        }
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }
}
