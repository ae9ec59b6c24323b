package workbook.propagation;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import workbook.sampling.HeadSampler;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;

/**
 * Runs exercise 2's chain in a fresh simulation and keeps every span the services record,
 * complete trace or not, so a test sees exactly what was recorded.
 */
final class ChainRun {

    private ChainRun() {}

    static List<SpanData> spans(long seed, int requests, double sampleRate, Propagator propagator) {
        List<SpanData> spans = new ArrayList<>();
        try (Environment env = new Environment(seed)) {
            ServiceTracing tracing = new ServiceTracing(propagator, new HeadSampler(sampleRate, env.random()),
                    IdGenerator.random(env.random()), spans::add, new PrintStream(OutputStream.nullOutputStream()));
            ServiceChain.start(env, tracing, requests);
            env.run();
        }
        return spans;
    }

    /** The spans grouped by trace, each trace's spans in start order. */
    static Map<String, List<SpanData>> byTrace(List<SpanData> spans) {
        return spans.stream()
                .sorted(Comparator.comparingDouble(SpanData::startTime))
                .collect(Collectors.groupingBy(SpanData::traceId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** One trace's spans, numbered, with their parents named: what a failure message shows. */
    static String describe(List<SpanData> trace) {
        StringBuilder text = new StringBuilder("\n");
        for (int i = 0; i < trace.size(); i++) {
            SpanData span = trace.get(i);
            text.append(String.format("  [span %d] %s %s parent %s%n", i + 1, span.operationName(), span.spanId(),
                    span.isRoot() ? "none (root)" : span.parentSpanId() + " (" + operationOf(trace, span.parentSpanId())
                            + ")"));
        }
        return text.toString();
    }

    /** The operation of the span {@code spanId} in {@code trace}, or a note that no span has that ID. */
    static String operationOf(List<SpanData> trace, String spanId) {
        return trace.stream().filter(span -> span.spanId().equals(spanId)).map(SpanData::operationName)
                .findFirst().orElse("no span of the trace has this ID");
    }
}
