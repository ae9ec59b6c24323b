package workbook.traceview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up traces for the browser check and the page's speed measurement: {@code traces} traces
 * of {@code spans} spans each, over eight services, with errors, logs, one orphan and one late
 * span in every tenth trace. The same arguments give the same page.
 *
 * <pre>
 * ./mvnw -q -pl harness/traceview exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=workbook.traceview.SyntheticTraces -Dexec.args="target/big.html 1000 100"
 * </pre>
 */
public final class SyntheticTraces {

    private static final String[] SERVICES = {"web", "gateway", "orders", "payments", "inventory", "shipping",
        "postgres", "redis"};
    private static final String[] OPERATIONS = {"GET /checkout", "authorize", "reserve", "charge", "SELECT",
        "GET key", "publish", "render"};

    private SyntheticTraces() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SyntheticTraces PAGE.html TRACES SPANS, got " + List.of(args));
        }
        int traces = Integer.parseInt(args[1]);
        int spans = Integer.parseInt(args[2]);
        List<ViewSpan> all = generate(traces, spans, 17);
        TracePage.write(Path.of(args[0]), traces + " synthetic traces of " + spans + " spans", all);
        long errors = all.stream().filter(ViewSpan::error).count();
        System.out.printf("Wrote %s: %d traces, %d spans (%d errors)%n", args[0], traces, all.size(), errors);
    }

    static List<ViewSpan> generate(int traces, int spansPerTrace, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ViewSpan> all = new ArrayList<>(traces * spansPerTrace);
        long base = 1_735_689_600_000_000_000L;
        for (int t = 0; t < traces; t++) {
            String traceId = String.format("%032x", t + 1);
            long traceStart = base + t * 37_000_000L;
            long[] starts = new long[spansPerTrace];
            long[] ends = new long[spansPerTrace];
            starts[0] = traceStart;
            ends[0] = traceStart + 50_000_000L + random.nextLong(2_000_000_000L);
            for (int s = 0; s < spansPerTrace; s++) {
                int parent = s == 0 ? -1 : random.nextInt(s);
                if (s > 0) {
                    long room = Math.max(1, ends[parent] - starts[parent]);
                    starts[s] = starts[parent] + random.nextLong(room);
                    ends[s] = starts[s] + random.nextLong(Math.max(1, ends[parent] - starts[s]) + 1);
                }
                int service = s == 0 ? 0 : 1 + random.nextInt(SERVICES.length - 1);
                ViewSpan.Builder span = ViewSpan.builder(traceId, String.format("%016x", (long) t * spansPerTrace + s + 1),
                                OPERATIONS[service], SERVICES[service])
                        .kind(s == 0 ? "SERVER" : random.nextBoolean() ? "CLIENT" : "INTERNAL")
                        .time(starts[s], ends[s])
                        .attribute("http.status_code", 200)
                        .attribute("peer.service", SERVICES[(service + 1) % SERVICES.length])
                        .attribute("workbook.index", s);
                if (s > 0) {
                    boolean orphan = t % 10 == 3 && s == spansPerTrace - 1;
                    span.parent(orphan ? "00000000deadbeef" : String.format("%016x", (long) t * spansPerTrace + parent + 1));
                }
                if (random.nextInt(50) == 0) {
                    span.error("upstream timeout after 2 s");
                    span.event(starts[s] + (ends[s] - starts[s]) / 2, "exception",
                            Map.of("exception.type", "TimeoutException", "exception.message", "upstream timeout"));
                }
                if (t % 10 == 5 && s == spansPerTrace - 1) {
                    span.late(true);
                }
                all.add(span.build());
            }
        }
        return all;
    }
}
