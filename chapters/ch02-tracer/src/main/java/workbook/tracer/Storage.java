package workbook.tracer;

import workbook.trace.TraceContext;

/**
 * The seed's {@code Storage}: one global slot for the current trace context and one for the
 * collector, shared by every service, client and thread of the program.
 *
 * <p>Why global: it is the smallest thing that lets a traced method find its parent span
 * without adding a parameter to every method, which is exactly what the seed's decorator
 * needs. Why it is wrong: two requests in flight at the same time share the one slot, so one
 * can read the other's context. The simulation runs one process at a time, which hides the
 * problem until a request blocks half-way; chapter 07 shows the leak and replaces this class
 * with a per-process context. OpenTelemetry keeps the current context in a
 * {@code ThreadLocal}-backed {@code ContextStorage} for the same reason.
 *
 * <p>Thread safety: deliberately none. The fields are plain statics; the simulation's baton
 * (one process at a time, with a hand-over that publishes every write) is what keeps reads
 * consistent. Do not use it from threads the simulation does not schedule.
 */
public final class Storage {

    private static TraceContext context;
    private static SpanSink collector;

    private Storage() {}

    /** The context of the span now running, or {@code null} when no trace is active. */
    public static TraceContext getContext() {
        return context;
    }

    /** Makes {@code newContext} current; {@code null} means "no active trace". */
    public static void setContext(TraceContext newContext) {
        context = newContext;
    }

    /** Where finished spans are sent, or {@code null} when there is no collector. */
    public static SpanSink getCollector() {
        return collector;
    }

    /** Sends finished spans to {@code newCollector} from now on; {@code null} discards them. */
    public static void setCollector(SpanSink newCollector) {
        collector = newCollector;
    }

    /** Clears both slots: call it before a scenario or test so none inherits the last one's state. */
    public static void reset() {
        context = null;
        collector = null;
    }
}
