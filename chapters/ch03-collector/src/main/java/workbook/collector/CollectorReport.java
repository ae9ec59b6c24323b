package workbook.collector;

import java.io.PrintStream;
import java.util.Locale;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * The collector's end-of-run report: the statistics, then per completed trace its
 * {@link TraceSummary} and {@link SpanTree}, then whatever did not end up in a completed
 * trace (late and duplicate spans, traces still active), so the report accounts for every
 * span received.
 *
 * <p>Stateless; read the collector after its run.
 */
public final class CollectorReport {

    private static final String RULE = "=".repeat(60);

    private CollectorReport() {}

    public static void print(TraceCollector collector, PrintStream out) {
        out.println();
        out.println(RULE);
        out.println("Decorator-Based Tracing Results:");
        out.println(RULE);
        out.println("Traces completed: " + collector.tracesCompleted());
        out.println("Spans received: " + collector.spansReceived());
        out.println("Late spans: " + collector.lateSpans().size());
        out.println("Duplicate spans: " + collector.duplicateSpans().size());
        out.println("Active traces: " + collector.activeTraces().size());
        for (Trace trace : collector.completedTraces()) {
            TraceSummary summary = TraceSummary.of(trace);
            out.println();
            out.printf(Locale.ROOT, "Trace %s: %.3fs, %s, slowest %s%n", summary.traceId(),
                    summary.duration(), count(summary.spanCount(), "span"), summary.slowestSpan());
            out.print(SpanTree.render(trace));
            int orphans = SpanTree.orphans(trace).size();
            if (orphans > 0) {
                out.println("  (" + count(orphans, "orphan span") + ")");
            }
        }
        for (SpanData span : collector.lateSpans()) {
            out.println();
            out.println("Late span of trace " + span.traceId() + ": " + SpanTree.line(span));
        }
        for (Trace trace : collector.activeTraces()) {
            out.println();
            out.println("Still active: trace " + trace.traceId() + ", " + count(trace.spanCount(), "span") + ", "
                    + (trace.root().isPresent() ? "in its quiet period" : "waiting for its root span"));
            out.print(SpanTree.render(trace));
        }
    }

    /** {@code 1 span}, {@code 2 spans}. */
    private static String count(int number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
