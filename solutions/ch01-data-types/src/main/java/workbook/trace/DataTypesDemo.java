package workbook.trace;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The chapter's demo: one request recorded by hand as three spans, the way a tracer will
 * record it from chapter 02 on. The client's span starts at time 0.0 (where the seed's trace
 * had no duration), the spans reach the trace in the order they finish, children first, and
 * the trace still finds its root, its start, its end and its duration.
 *
 * <p>Run it with {@code ../../mvnw -q compile exec:java} in the chapter's folder. While a TODO
 * it needs is still open, it says which one instead.
 */
public final class DataTypesDemo {

    private DataTypesDemo() {}

    public static void main(String[] args) {
        try {
            run(System.out);
        } catch (UnsupportedOperationException todo) {
            if (!String.valueOf(todo.getMessage()).startsWith("TODO ")) {
                throw todo;
            }
            System.out.println("not yet: " + todo.getMessage() + " (../../mvnw test shows what is next)");
        }
    }

    /** Records the request and prints its spans and its trace to {@code out}. */
    static void run(PrintStream out) {
        ManualClock clock = new ManualClock();
        IdGenerator ids = IdGenerator.random(new Random(42));

        TraceContext clientContext = TraceContext.root(ids.newTraceId(), ids.newSpanId());
        Span client = Span.start(clientContext, "make_request", "Client", SpanKind.CLIENT, clock);
        clock.advanceTo(0.010);
        Span server = Span.start(clientContext.child(ids.newSpanId()), "handle_request", "OrderService",
                SpanKind.SERVER, clock);
        server.tag("http.method", "GET");
        clock.advanceTo(0.020);
        Span work = Span.start(server.context().child(ids.newSpanId()), "process_data", "OrderService", clock);
        work.log("cache miss");
        clock.advanceTo(0.250);
        work.finish();
        clock.advanceTo(0.260);
        server.tag("http.status_code", 200).finish();
        clock.advanceTo(0.275);
        client.tag("success", true).finish();

        Trace trace = new Trace(clientContext.traceId());
        for (Span span : List.of(work, server, client)) {       // the order they finish in
            SpanData data = span.toData();
            trace.add(data);
            out.printf(Locale.ROOT, "span %-15s %-13s %-8s %.3fs..%.3fs  parent %-16s tags %s%n",
                    data.operationName(), data.serviceName(), data.kind(), data.startTime(), data.endTime(),
                    data.parentSpanId() == null ? "(root)" : data.parentSpanId(), data.tags());
        }
        out.println();
        out.println("trace    " + trace.traceId());
        out.printf(Locale.ROOT, "spans    %d, root %s%n", trace.spanCount(),
                trace.root().map(SpanData::operationName).orElse("(none)"));
        out.printf(Locale.ROOT, "duration %.3fs, from %.3f to %.3f%n", trace.duration().orElseThrow(),
                trace.startTime().orElseThrow(), trace.endTime().orElseThrow());
    }
}
