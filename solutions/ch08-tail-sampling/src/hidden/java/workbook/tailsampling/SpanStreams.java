package workbook.tailsampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

/**
 * Generated traffic for the hidden properties: traces of a root and up to five children, some
 * slow, some failed, arriving as a collector receives them (each span when it ends, children
 * before their root), interleaved with decision ticks. Reproducible from a seed.
 */
final class SpanStreams {

    /** One thing that happens at a time: a span arrives, or (span == null) the sampler decides. */
    record Event(double time, SpanData span) {
        boolean isTick() {
            return span == null;
        }
    }

    /** A generated stream and what it was made of. */
    record Stream(List<Event> events, Map<String, List<SpanData>> spansByTrace, List<String> traceIds) {}

    private SpanStreams() {}

    /**
     * @param late        whether some children arrive late (after their root, possibly after the
     *                    decision) and some roots never arrive
     */
    static Stream generate(long seed, int traces, boolean late) {
        Random random = new Random(seed);
        IdGenerator ids = IdGenerator.random(new SplittableRandom(seed));
        List<Event> events = new ArrayList<>();
        Map<String, List<SpanData>> spansByTrace = new java.util.LinkedHashMap<>();
        double last = 0;
        for (int t = 0; t < traces; t++) {
            String traceId = ids.newTraceId();
            String rootId = ids.newSpanId();
            double start = random.nextDouble() * 4;
            double duration = random.nextInt(4) == 0 ? 1 + random.nextDouble() * 2 : random.nextDouble() * 0.5;
            double end = start + duration;
            List<SpanData> spans = new ArrayList<>();
            int children = random.nextInt(6);
            for (int c = 0; c < children; c++) {
                double childStart = start + random.nextDouble() * duration;
                double childEnd = childStart + random.nextDouble() * (end - childStart);
                boolean failed = random.nextInt(7) == 0;
                SpanData child = new SpanData(traceId, ids.newSpanId(), rootId, "query", "Database",
                        SpanKind.CLIENT, childStart, childEnd,
                        failed ? Map.of("error", true, "error.message", "timeout") : Map.of(), List.of());
                spans.add(child);
                double arrival = late && random.nextInt(4) == 0 ? end + random.nextDouble() * 3 : childEnd;
                events.add(new Event(arrival, child));
                last = Math.max(last, arrival);
            }
            SpanData root = new SpanData(traceId, rootId, null, "checkout", "web", SpanKind.SERVER, start, end,
                    Map.of(), List.of());
            if (!late || random.nextInt(10) != 0) {
                spans.add(root);
                events.add(new Event(end, root));
            }
            spansByTrace.put(traceId, spans);
            last = Math.max(last, end);
        }
        for (double tick = 0.25; tick < last + 4; tick += 0.25) {
            events.add(new Event(tick, null));
        }
        events.sort(Comparator.comparingDouble(Event::time)); // stable: spans before a tick at the same time
        return new Stream(events, spansByTrace, List.copyOf(spansByTrace.keySet()));
    }
}
