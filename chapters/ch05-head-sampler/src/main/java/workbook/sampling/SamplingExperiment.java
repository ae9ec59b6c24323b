package workbook.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * The seed's first exercise as an experiment: a client makes {@code requests} requests to
 * the seed's OrderService through a {@link HeadSampler} at {@code rate}; how many traces
 * are recorded, and is the slowest request among them? One run is one simulation (chapter
 * 00's kernel) with its own seed; repeating it over many seeds shows the distribution.
 *
 * <p>Theory: each request is recorded independently with probability {@code p = rate}, so
 * the traces recorded in a run follow a binomial distribution, with mean {@code n·p} and
 * variance {@code n·p·(1−p)}; the sampler decides before the request has run, so the
 * slowest request is missed with probability {@code 1 − p} like any other.
 *
 * <p>Immutable; each run builds and discards its own simulation.
 *
 * @param requests requests per run, at least 1
 * @param rate     the head sampler's rate, in [0.0, 1.0]
 */
public record SamplingExperiment(int requests, double rate) {

    public SamplingExperiment {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1, got " + requests);
        }
        SampleRates.require("sample rate", rate);
    }

    /** Runs once per seed, {@code firstSeed} to {@code firstSeed + runs - 1}, and summarises. */
    public ExperimentSummary summarise(long firstSeed, int runs) {
        return ExperimentSummary.of(LongStream.range(firstSeed, firstSeed + runs).mapToObj(this::run).toList());
    }

    /**
     * One simulated run: every {@code 1.5} s the client starts a request ({@code make_request})
     * that OrderService handles ({@code handle_request}, 0.1 to 0.3 s) with a nested
     * {@code process_data} (0.05 to 0.15 s), as in the seed. Latencies, IDs and sampling
     * decisions all come from the simulation's seeded random source.
     */
    public RunOutcome run(long seed) {
        List<Request> requests = requests(seed);
        Request slowest = requests.stream().max(Comparator.comparingDouble(Request::latency)).orElseThrow();
        int recorded = (int) requests.stream().filter(Request::recorded).count();
        return new RunOutcome(seed, requests.size(), recorded, slowest.recorded());
    }

    /** What happened to one request of a run: when it started, how long it took, whether it was recorded. */
    record Request(String traceId, double start, double latency, boolean recorded) {}

    /** The requests of the run with this seed, in the order the client made them. */
    List<Request> requests(long seed) {
        List<SpanData> recorded = new ArrayList<>();
        List<Request> made = new ArrayList<>();
        try (Environment env = new Environment(seed)) {
            RequestTracer tracer = new RequestTracer(new HeadSampler(rate, env.random()),
                    IdGenerator.random(env.random()), env::now, recorded::add);
            env.process("Client", () -> {
                for (int i = 0; i < requests; i++) {
                    env.timeout(1.5);
                    double start = env.now();
                    String traceId = tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, context -> {
                        orderService(env, tracer, context);
                        return context.traceId();
                    });
                    made.add(new Request(traceId, start, env.now() - start, false));
                }
            });
            env.run();
        }
        Set<String> recordedTraces = recorded.stream().map(SpanData::traceId).collect(Collectors.toSet());
        return made.stream()
                .map(request -> new Request(request.traceId(), request.start(), request.latency(),
                        recordedTraces.contains(request.traceId())))
                .toList();
    }

    /** The seed's OrderService: {@code handle_request}, then a nested {@code process_data}. */
    private static void orderService(Environment env, RequestTracer tracer, TraceContext context) {
        tracer.inSpan(context, "handle_request", "OrderService", SpanKind.SERVER, request -> {
            env.timeout(env.uniform(0.1, 0.3));
            tracer.inSpan(request, "process_data", "OrderService", SpanKind.INTERNAL, work -> {
                env.timeout(env.uniform(0.05, 0.15));
                return null;
            });
            return null;
        });
    }

    /** {@code n·p}: the expected number of traces recorded per run. */
    public double expectedMean() {
        return requests * rate;
    }

    /** {@code n·p·(1−p)}: the expected variance of that number. */
    public double expectedVariance() {
        return requests * rate * (1 - rate);
    }

    /** {@code 1 − p}: how often the slowest request should be missed. */
    public double expectedSlowestMissedRate() {
        return 1 - rate;
    }
}
