package workbook.otlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.Trace;

/**
 * Random, valid trace sets for the hidden properties: trees of spans over a few services,
 * with tags and log fields of every type (awkward strings, NaN, infinities, -0.0, extreme
 * longs) and times on the nanosecond grid, so that an export and import must give them back
 * exactly.
 */
final class TraceSets {

    private static final List<String> SERVICES = List.of("Client", "OrderService", "Database");
    private static final List<String> STRINGS = List.of("", "ok", "caf\u00e9 \u2615", "quote \" and \\ backslash",
            "line\nbreak", "<tag>&amp;", "\u0000nul");
    private static final List<Double> DOUBLES = List.of(0.0, -0.0, 0.25, -1e300, Double.MIN_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.141592653589793);
    private static final List<Long> LONGS = List.of(0L, 200L, -1L, Long.MIN_VALUE, Long.MAX_VALUE);

    private TraceSets() {}

    /** {@code traces} random traces made from {@code seed}. */
    static List<Trace> generate(long seed, int traces) {
        Random random = new Random(seed);
        IdGenerator ids = IdGenerator.random(new SplittableRandom(seed));
        List<Trace> set = new ArrayList<>();
        for (int t = 0; t < traces; t++) {
            String traceId = ids.newTraceId();
            Trace trace = new Trace(traceId);
            List<SpanData> spans = new ArrayList<>();
            long rootStart = random.nextInt(1_000_000) * 1_000_000L + random.nextInt(1_000_000);
            spans.add(span(random, traceId, ids.newSpanId(), null, "root" + t, rootStart,
                    rootStart + 1 + random.nextInt(2_000_000_000)));
            int size = 1 + random.nextInt(6);
            for (int i = 1; i < size; i++) {
                SpanData parent = spans.get(random.nextInt(spans.size()));
                long parentStart = nanos(parent.startTime());
                long parentEnd = nanos(parent.endTime());
                long start = parentStart + (long) (random.nextDouble() * (parentEnd - parentStart));
                long end = start + (long) (random.nextDouble() * (parentEnd - start));
                spans.add(span(random, traceId, ids.newSpanId(), parent.spanId(), "op" + i, start, end));
            }
            spans.forEach(trace::add);
            set.add(trace);
        }
        return set;
    }

    /** Every span of {@code traces}, trace by trace. */
    static List<SpanData> spans(List<Trace> traces) {
        List<SpanData> spans = new ArrayList<>();
        traces.forEach(trace -> spans.addAll(trace.spans()));
        return spans;
    }

    private static SpanData span(Random random, String traceId, String spanId, String parentId, String name,
                                 long startNanos, long endNanos) {
        Map<String, Object> tags = tags(random);
        if (random.nextInt(4) == 0) {
            tags.put("error", random.nextBoolean());
            if (random.nextBoolean()) {
                tags.put("error.message", STRINGS.get(random.nextInt(STRINGS.size())));
            }
        }
        if (random.nextInt(3) == 0) {
            tags.put("success", random.nextBoolean());
        }
        List<SpanLog> logs = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            long at = startNanos + (long) (random.nextDouble() * (endNanos - startNanos));
            logs.add(new SpanLog(seconds(at), random.nextBoolean() ? "exception" : "retry " + i, tags(random)));
        }
        return new SpanData(traceId, spanId, parentId, name, SERVICES.get(random.nextInt(SERVICES.size())),
                SpanKind.values()[random.nextInt(SpanKind.values().length)], seconds(startNanos), seconds(endNanos),
                tags, logs);
    }

    private static Map<String, Object> tags(Random random) {
        Map<String, Object> tags = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String key = "k" + random.nextInt(5);
            Object value = switch (random.nextInt(4)) {
                case 0 -> STRINGS.get(random.nextInt(STRINGS.size()));
                case 1 -> random.nextBoolean();
                case 2 -> random.nextBoolean() ? LONGS.get(random.nextInt(LONGS.size())) : random.nextLong();
                default -> random.nextBoolean() ? DOUBLES.get(random.nextInt(DOUBLES.size())) : random.nextGaussian();
            };
            tags.put(key, value);
        }
        return tags;
    }

    /** Simulated seconds on the nanosecond grid. */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
