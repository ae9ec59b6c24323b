package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties every run has, whatever the program: checked on generated programs with a fixed
 * seed, so a failure is reproducible.
 */
class KernelPropertiesTest {

    /** The delays of each process's timeouts; some are 0, so events often share a time. */
    @Provide
    Arbitrary<List<List<Double>>> delayPlans() {
        Arbitrary<Double> delay = Arbitraries.doubles().between(0, 5).ofScale(2).injectDuplicates(0.3);
        return delay.list().ofMaxSize(6).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 80, seed = "20240601")
    void timeNeverGoesBackwards(@ForAll("delayPlans") List<List<Double>> plans) {
        Environment env = new Environment(1);
        Queue<Double> reports = new Queue<>(env);
        List<Double> clockReadings = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<Double> delays = plans.get(i);
            env.process("p" + i, () -> {
                for (double delay : delays) {
                    clockReadings.add(env.now());
                    env.timeout(delay);
                    reports.put(env.now());
                }
            });
        }
        env.process("observer", () -> {
            while (true) {
                reports.get();
                clockReadings.add(env.now());
            }
        });

        env.run();

        assertThat(clockReadings).as("clock readings, in the order they were made").isSorted();
    }

    @Property(tries = 80, seed = "20240602")
    void processesFinishAtTheSumOfTheirDelays(@ForAll("delayPlans") List<List<Double>> plans) {
        Environment env = new Environment(1);
        Map<String, Double> finishedAt = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            String name = "p" + i;
            List<Double> delays = plans.get(i);
            double sum = 0.0;
            for (double delay : delays) {
                sum += delay; // the same additions, in the same order, as the clock makes
            }
            expected.put(name, sum);
            env.process(name, () -> {
                for (double delay : delays) {
                    env.timeout(delay);
                }
                finishedAt.put(name, env.now());
            });
        }

        env.run();

        assertThat(finishedAt).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(env.now()).isEqualTo(expected.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    @Property(tries = 40, seed = "20240603")
    void sameSeedGivesTheIdenticalEventLog(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int workers) {
        List<String> first = eventLog(seed, workers);
        List<String> second = eventLog(seed, workers);

        assertThat(second).as("event log of the second run with seed %d", seed).isEqualTo(first);
    }

    /**
     * Workers that draw random delays, sometimes spawn a helper, and report to a sink over a
     * queue. Every step is logged with the clock, the process and the draw.
     */
    private static List<String> eventLog(long seed, int workers) {
        Environment env = new Environment(seed);
        Queue<String> sink = new Queue<>(env);
        List<String> log = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String name = "worker-" + w;
            env.process(name, () -> {
                for (int step = 0; step < 4; step++) {
                    double delay = env.uniform(0, 2);
                    log.add(env.now() + " " + name + " waits " + delay);
                    if (env.random().nextInt(4) == 0) {
                        String helper = name + "-helper-" + step;
                        env.process(helper, () -> {
                            env.timeout(env.uniform(0, 1));
                            sink.put(helper + " done");
                        });
                    }
                    env.timeout(delay);
                    sink.put(name + " step " + step);
                }
            });
        }
        env.process("sink", () -> {
            while (true) {
                String report = sink.get();
                log.add(env.now() + " sink got " + report);
            }
        });
        env.run();
        return log;
    }

    enum Ending { BODIES_RETURN, BLOCKED_ON_A_QUEUE, A_PROCESS_THROWS, CUT_BY_UNTIL, NEVER_RUN }

    @Property(tries = 200, seed = "20240604", generation = GenerationMode.RANDOMIZED)
    void noProcessThreadOutlivesItsRun(@ForAll Ending ending, @ForAll @IntRange(min = 1, max = 5) int processes) {
        Environment env = new Environment(processes);
        Queue<Integer> inbox = new Queue<>(env);
        for (int i = 0; i < processes; i++) {
            int index = i;
            env.process("p" + i, () -> {
                env.timeout(index);
                switch (ending) {
                    case BLOCKED_ON_A_QUEUE -> inbox.get();
                    case A_PROCESS_THROWS -> throw new IllegalStateException("process " + index + " fails");
                    case CUT_BY_UNTIL -> env.timeout(1000);
                    default -> inbox.put(index);
                }
            });
        }

        try {
            if (ending == Ending.NEVER_RUN) {
                env.close();
            } else {
                env.run(ending == Ending.CUT_BY_UNTIL ? 500 : Double.POSITIVE_INFINITY);
            }
        } catch (SimulationException expected) {
            assertThat(ending).isEqualTo(Ending.A_PROCESS_THROWS);
        }

        assertThat(LiveSimThreads.count()).as("live sim-* threads after the run").isZero();
    }
}
