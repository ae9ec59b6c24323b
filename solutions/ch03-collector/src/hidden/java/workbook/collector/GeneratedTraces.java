package workbook.collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

/**
 * Random traces for the hidden properties: valid IDs, children inside their parents, times on a
 * coarse grid so that equal starts and equal durations (the tie-breaking cases) are common.
 */
final class GeneratedTraces {

    private GeneratedTraces() {}

    /** One trace: a root and {@code size - 1} descendants; some failed. */
    static List<SpanData> tree(Random random, IdGenerator ids, int size, double start) {
        String traceId = ids.newTraceId();
        List<SpanData> spans = new ArrayList<>();
        spans.add(span(traceId, ids.newSpanId(), null, "op0", start, start + 1 + random.nextInt(4), random));
        for (int i = 1; i < size; i++) {
            SpanData parent = spans.get(random.nextInt(spans.size()));
            double childStart = grid(parent.startTime() + random.nextDouble() * parent.duration());
            double childEnd = grid(childStart + random.nextDouble() * (parent.endTime() - childStart));
            spans.add(span(traceId, ids.newSpanId(), parent.spanId(), "op" + random.nextInt(6), childStart,
                    Math.max(childStart, Math.min(childEnd, parent.endTime())), random));
        }
        return spans;
    }

    /** Several traces, each from its own stream of a seeded generator. */
    static List<List<SpanData>> traces(long seed, int count, int maxSize) {
        Random random = new Random(seed);
        IdGenerator ids = IdGenerator.random(new SplittableRandom(seed));
        List<List<SpanData>> traces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            traces.add(tree(random, ids, 1 + random.nextInt(maxSize), random.nextInt(3)));
        }
        return traces;
    }

    static Trace trace(List<SpanData> spans) {
        Trace trace = new Trace(spans.get(0).traceId());
        spans.forEach(trace::add);
        return trace;
    }

    private static SpanData span(String traceId, String spanId, String parentId, String operation, double start,
                                 double end, Random random) {
        Map<String, Object> tags = random.nextInt(5) == 0
                ? Map.of("error", true, "error.message", "boom " + random.nextInt(3))
                : Map.of("success", true);
        return new SpanData(traceId, spanId, parentId, operation, "svc" + random.nextInt(2), SpanKind.INTERNAL,
                start, end, tags, List.of());
    }

    private static double grid(double time) {
        return Math.round(time * 4) / 4.0;
    }
}
