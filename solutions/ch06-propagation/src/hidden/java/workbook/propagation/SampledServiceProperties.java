package workbook.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import workbook.sampling.HeadSampler;
import workbook.sampling.Sampler;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;

/**
 * Hidden properties of exercise 2's chain, for any seed, sample rate, request count and
 * propagation format: every recorded trace is the three-level chain with every parent
 * present; the sampler is asked once per trace, by the service that starts it; and the
 * learner's services record the same trace shapes as the reference's.
 */
class SampledServiceProperties {

    private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

    /** A sampler that remembers what it was asked and answered. */
    static final class RecordingSampler implements Sampler {
        final List<String> asked = new ArrayList<>();
        final Set<String> sampled = new TreeSet<>();
        private final Sampler decide;

        RecordingSampler(Sampler decide) {
            this.decide = decide;
        }

        @Override
        public boolean shouldSample(String traceId) {
            asked.add(traceId);
            boolean yes = decide.shouldSample(traceId);
            if (yes) {
                sampled.add(traceId);
            }
            return yes;
        }
    }

    static Propagator propagator(String name) {
        return switch (name) {
            case "w3c" -> Propagator.w3c();
            case "seed" -> Propagator.seedHeaders();
            default -> new PlainPropagator();
        };
    }

    @Property(tries = 40, seed = "661")
    @Tag("ch06.6")
    void everyRecordedTraceIsTheThreeLevelChain(@ForAll @IntRange(min = 0, max = 1000) int seed,
                                                @ForAll("rates") double rate, @ForAll("formats") String format,
                                                @ForAll @IntRange(min = 0, max = 5) int requests) {
        List<SpanData> spans = new ArrayList<>();
        RecordingSampler sampler;
        try (Environment env = new Environment(seed)) {
            sampler = new RecordingSampler(new HeadSampler(rate, env.random()));
            ServiceChain.start(env, new ServiceTracing(propagator(format), sampler, IdGenerator.random(env.random()),
                    spans::add, NO_LOG), requests);
            env.run();
        }
        Map<String, List<SpanData>> traces = ChainRun.byTrace(spans);

        assertThat(sampler.asked).as("the sampler is asked once per request, by ServiceA").hasSize(requests);
        assertThat(traces.keySet()).as("the traces recorded are the ones the sampler chose")
                .isEqualTo(sampler.sampled);
        for (List<SpanData> trace : traces.values()) {
            assertThat(trace).extracting(SpanData::operationName).as("trace %s", ChainRun.describe(trace))
                    .containsExactly("ServiceA.handle", "ServiceB.handle", "Database.handle");
            assertThat(trace.get(0).isRoot()).as("ServiceA's span is the root: %s", ChainRun.describe(trace)).isTrue();
            assertThat(trace.get(1).parentSpanId()).as("ServiceB's parent: %s", ChainRun.describe(trace))
                    .isEqualTo(trace.get(0).spanId());
            assertThat(trace.get(2).parentSpanId()).as("Database's parent: %s", ChainRun.describe(trace))
                    .isEqualTo(trace.get(1).spanId());
            assertThat(trace).allSatisfy(span -> assertThat(span.startTime()).isLessThanOrEqualTo(span.endTime()));
        }
    }

    @Property(tries = 30, seed = "662")
    @Tag("ch06.6")
    void tracesHaveTheReferencesShapes(@ForAll @IntRange(min = 0, max = 1000) int seed,
                                       @ForAll @IntRange(min = 1, max = 5) int requests,
                                       @ForAll("formats") String format) {
        List<SpanData> learner = new ArrayList<>();
        try (Environment env = new Environment(seed)) {
            ServiceChain.start(env, new ServiceTracing(propagator(format), everyOther(), IdGenerator.random(env.random()),
                    learner::add, NO_LOG), requests);
            env.run();
        }
        List<SpanData> expected = new ArrayList<>();
        try (Environment env = new Environment(seed)) {
            reference.workbook.propagation.ServiceChain.start(env, new reference.workbook.propagation.ServiceTracing(
                    format.equals("seed") ? reference.workbook.propagation.Propagator.seedHeaders()
                            : reference.workbook.propagation.Propagator.w3c(),
                    everyOther(), IdGenerator.random(env.random()), expected::add, NO_LOG), requests);
            env.run();
        }

        assertThat(shapes(learner)).as("(operation, parent operation) of every span").isEqualTo(shapes(expected));
    }

    /** Samples the 1st, 3rd, 5th... trace it is asked about, whatever the IDs. */
    private static Sampler everyOther() {
        int[] asked = {0};
        return traceId -> asked[0]++ % 2 == 0;
    }

    private static List<String> shapes(List<SpanData> spans) {
        return ChainRun.byTrace(spans).values().stream()
                .map(trace -> trace.stream().map(span -> span.operationName() + "<-"
                                + (span.isRoot() ? "root" : ChainRun.operationOf(trace, span.parentSpanId())))
                        .collect(Collectors.joining(", ")))
                .toList();
    }

    @Provide
    Arbitrary<Double> rates() {
        return Arbitraries.of(0.0, 0.5, 1.0);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("w3c", "seed", "plain");
    }
}
