package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Determinism that later chapters build on: a seed fixes the whole run, on every JDK, including
 * runs cut short by {@code until} and runs that fail. Also a corner of the baton: a run leaves
 * its caller's interrupt status as it found it.
 */
class KernelDeterminismHiddenTest {

    /** Recorded once; java.util.Random's sequence is specified, so every JDK must replay it. */
    @Example
    void goldenRunIsTheSameOnEveryJdk() {
        assertThat(run(42, 2, 0.30, Double.POSITIVE_INFINITY)).containsExactly(GOLDEN);
    }

    @Example
    void runKeepsTheCallersInterruptStatus() {
        Environment quiet = new Environment(1);
        quiet.process("worker", () -> quiet.timeout(1));
        quiet.run();
        assertThat(Thread.currentThread().isInterrupted()).as("interrupted after a plain run").isFalse();

        Environment interrupted = new Environment(1);
        interrupted.process("worker", () -> interrupted.timeout(1));
        Thread.currentThread().interrupt();
        interrupted.run();
        assertThat(Thread.interrupted()).as("interrupt status kept through the run").isTrue();
        assertThat(interrupted.now()).isEqualTo(1.0);
    }

    @Property(tries = 40, seed = "20240611")
    void sameSeedGivesTheSameRunEvenWhenItFailsOrIsCut(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 5) int clients,
            @ForAll @DoubleRange(min = 0, max = 0.5) double failureRate,
            @ForAll @DoubleRange(min = 0, max = 20) double until) {
        List<String> first = run(seed, clients, failureRate, until);
        List<String> second = run(seed, clients, failureRate, until);

        assertThat(second).isEqualTo(first);
        assertThat(liveSimThreads()).as("live sim-* threads after both runs").isZero();
    }

    /** Clients send requests to one service over a queue; handlers sometimes fail. */
    private static List<String> run(long seed, int clients, double failureRate, double until) {
        List<String> log = new ArrayList<>();
        Environment env = new Environment(seed);
        Queue<Queue<String>> inbox = new Queue<>(env);
        env.process("service", () -> {
            int handled = 0;
            while (true) {
                Queue<String> replyTo = inbox.get();
                int number = ++handled;
                env.process("handler-" + number, () -> {
                    env.timeout(env.uniform(0.1, 2.0));
                    if (env.random().nextDouble() < failureRate) {
                        throw new IllegalStateException("handler " + number + " crashed");
                    }
                    replyTo.put("reply " + number);
                });
            }
        });
        for (int c = 0; c < clients; c++) {
            String name = "client-" + c;
            env.process(name, () -> {
                Queue<String> replies = new Queue<>(env);
                for (int i = 0; i < 3; i++) {
                    env.timeout(env.uniform(0, 1));
                    inbox.put(replies);
                    log.add(line(env, "sent"));
                    log.add(line(env, "got " + replies.get()));
                }
            });
        }
        try {
            env.run(until);
            log.add(line(env, "run ended"));
        } catch (SimulationException e) {
            log.add(e.getMessage());
        }
        return log;
    }

    /** Self-contained: hidden tests must not depend on the learner's copy of the visible ones. */
    private static long liveSimThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("sim-"))
                .count() + SimThreads.unjoined(); // virtual threads are not listed
    }

    private static String line(Environment env, String what) {
        return String.format(Locale.ROOT, "%.6f %s %s", env.now(), env.currentProcessName().orElse("-"), what);
    }

    private static final String[] GOLDEN = {
        "0.683223 client-1 sent",
        "0.727564 client-0 sent",
        "1.354013 client-0 got reply 2",
        "1.369790 client-1 got reply 1",
        "1.645539 client-1 sent",
        "2.257385 client-0 sent",
        "2.626480 client-1 got reply 3",
        "3.062971 client-1 sent",
        "3.844898 client-0 got reply 4",
        "4.022277 client-0 sent",
        "process 'handler-5' failed at t=4.588: handler 5 crashed",
    };
}
