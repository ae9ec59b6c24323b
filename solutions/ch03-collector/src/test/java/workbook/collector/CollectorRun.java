package workbook.collector;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import workbook.sim.Environment;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * Runs a {@link TraceCollector} in a simulation, feeding it spans at chosen simulated times,
 * as services would send them.
 */
final class CollectorRun {

    /** A span and when it reaches the collector. */
    record Arrival(double time, SpanData span) {}

    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private CollectorRun() {}

    /** All of {@code spans} arriving at {@code time}, in list order. */
    static List<Arrival> at(double time, List<SpanData> spans) {
        List<Arrival> arrivals = new ArrayList<>();
        spans.forEach(span -> arrivals.add(new Arrival(time, span)));
        return arrivals;
    }

    /** Runs until nothing is left to happen, then returns the collector. */
    static TraceCollector run(double quietPeriod, List<Arrival> arrivals) {
        return run(quietPeriod, arrivals, Double.POSITIVE_INFINITY);
    }

    /** Runs until {@code until} (simulated seconds), then returns the collector. */
    static TraceCollector run(double quietPeriod, List<Arrival> arrivals, double until) {
        try (Environment env = new Environment(1)) {
            TraceCollector collector = new TraceCollector(env, new CollectorSettings(quietPeriod, QUIET));
            env.process("services", () -> {
                for (Arrival arrival : arrivals) {
                    env.timeout(arrival.time() - env.now());
                    collector.accept(arrival.span());
                }
            });
            if (until == Double.POSITIVE_INFINITY) {
                env.run();
            } else {
                env.run(until);
            }
            return collector;
        }
    }

    /** What the collector holds, by operation name, for failure messages. */
    static String describe(TraceCollector collector) {
        return "completed " + describe(collector.completedTraces()) + ", active " + describe(collector.activeTraces())
                + ", late " + names(collector.lateSpans()) + ", duplicate " + names(collector.duplicateSpans());
    }

    private static String describe(List<Trace> traces) {
        return traces.stream().map(trace -> trace.traceId().substring(28) + "=" + names(trace.spans()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String names(List<SpanData> spans) {
        return spans.stream().map(SpanData::operationName).collect(Collectors.joining(" ", "(", ")"));
    }
}
