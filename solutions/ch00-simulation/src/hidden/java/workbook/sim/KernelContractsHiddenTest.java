package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contracts that the kernel's javadoc and the chapter doc state and that PIT's STRONGER group
 * found unchecked: the refusals and their messages, the clock after a failed run, and the demo.
 * The kernel is provided code (chapter 00 has no TODO), so no test here carries a tag.
 */
class KernelContractsHiddenTest {

    @Test
    void uniformRefusesANonFiniteLowOrHighBound() {
        Environment env = new Environment(1);

        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> env.uniform(bad, 1)).as("low = %s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bounds must be finite, got " + bad + " and 1.0");
            assertThatThrownBy(() -> env.uniform(0, bad)).as("high = %s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("bounds must be finite, got 0.0 and " + bad);
        }
    }

    @Test
    void aProcessNameMustNotBeBlank() {
        Environment env = new Environment(1);

        for (String blank : new String[] {"", " ", "\t\n"}) {
            assertThatThrownBy(() -> env.process(blank, () -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("name must not be blank, got '" + blank + "'");
        }
        env.close();
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsClass() {
        Environment env = new Environment(1);
        env.process("client", () -> {
            env.timeout(2);
            throw new UnsupportedOperationException();
        });

        SimulationException failure = catchThrowableOfType(SimulationException.class, env::run);

        assertThat(failure).hasMessage(
                "process 'client' failed at t=2.000: java.lang.UnsupportedOperationException");
    }

    @Test
    void aFailedRunLeavesTheClockAtTheTimeOfTheFailureNotAtUntil() {
        Environment env = new Environment(1);
        env.process("client", () -> {
            env.timeout(1.5);
            throw new IllegalStateException("boom");
        });

        SimulationException failure = catchThrowableOfType(SimulationException.class, () -> env.run(10));

        assertThat(failure.time()).isEqualTo(1.5);
        assertThat(env.now()).isEqualTo(1.5);
    }

    @Test
    void aProcessCanOnlyMakeItselfWait() {
        Environment env = new Environment(1);
        List<String> rejections = new ArrayList<>();
        Sleeper other = new Sleeper(env, "other", null, rejections);
        new Sleeper(env, "self", other, rejections);

        env.run();

        assertThat(rejections).containsExactly("timeout() of process 'other' was called from process 'self';"
                + " a process can only make itself wait");
        assertThat(env.now()).as("the process's own timeout still works").isEqualTo(1.0);
    }

    /** Sleeps 1 s itself, after trying to make {@code victim} sleep. */
    private static final class Sleeper extends Process {
        private final Sleeper victim;
        private final List<String> rejections;

        Sleeper(Environment env, String name, Sleeper victim, List<String> rejections) {
            super(env, name);
            this.victim = victim;
            this.rejections = rejections;
        }

        @Override
        protected void run() {
            if (victim != null) {
                try {
                    victim.timeout(5);
                } catch (IllegalStateException e) {
                    rejections.add(e.getMessage());
                }
            }
            timeout(1);
        }
    }

    @Test
    void runCannotBeNestedWhileRunningNorWhileEndingItsProcesses() {
        Environment env = new Environment(1);
        List<String> messages = new ArrayList<>();
        env.process("nester", () -> {
            try {
                env.run();
            } catch (IllegalStateException e) {
                messages.add("running: " + e.getMessage());
            }
        });
        env.process("waiter", () -> {
            try {
                new Queue<String>(env).get(); // never satisfied: ended by the environment
            } finally {
                try {
                    env.run();
                } catch (IllegalStateException e) {
                    messages.add("ending: " + e.getMessage());
                }
            }
        });

        env.run();

        assertThat(messages).containsExactly(
                "running: this Environment is already running; run() cannot be nested",
                "ending: this Environment is already running; run() cannot be nested");
    }

    @Test
    void closeIsRefusedWhileTheEnvironmentRunsAndDoesNothingAfterIt() {
        Environment env = new Environment(1);
        List<String> messages = new ArrayList<>();
        env.process("closer", () -> {
            try {
                env.close();
            } catch (IllegalStateException e) {
                messages.add(e.getMessage());
            }
            env.timeout(1);
            messages.add("still running at " + env.now());
        });

        env.run();
        env.close();
        env.close();

        assertThat(messages).containsExactly(
                "close() cannot be called while the environment runs", "still running at 1.0");
        assertThat(env.now()).isEqualTo(1.0);
    }

    @Test
    void anotherThreadCannotPutWhileTheEnvironmentEndsItsProcesses() throws InterruptedException {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        List<String> rejections = new ArrayList<>();
        env.process("waiter", () -> {
            try {
                inbox.get(); // never satisfied: ended by the environment
            } finally {
                Thread stranger = new Thread(() -> {
                    try {
                        inbox.put("late");
                    } catch (IllegalStateException e) {
                        rejections.add(e.getMessage());
                    }
                });
                stranger.start();
                stranger.join();
            }
        });

        env.run();

        assertThat(rejections).containsExactly(
                "put() while the environment runs must be called from inside one of its processes");
        assertThat(inbox.isEmpty()).isTrue();
    }

    @Test
    void theDemoPrintsTheSameRunForASeedAndTheSameOrderOfEventsForAnother() {
        List<String> first = demo(SimulationDemo.SEED);
        List<String> again = demo(SimulationDemo.SEED);
        List<String> other = demo(7);

        assertThat(again).isEqualTo(first);
        assertThat(withoutTimes(first)).containsExactly(
                "client   sends req-1",
                "service  handles req-1",
                "client   got 'done req-1'",
                "client   sends req-2",
                "service  handles req-2",
                "client   got 'done req-2'",
                "client   sends req-3",
                "service  handles req-3",
                "client   got 'done req-3'",
                "the run is over: no process has anything left to do");
        assertThat(first).as("seed 42, recorded once: java.util.Random's sequence is specified").containsExactly(
                "t=0.000  client   sends req-1",
                "t=0.000  service  handles req-1",
                "t=1.228  client   got 'done req-1'",
                "t=2.228  client   sends req-2",
                "t=2.228  service  handles req-2",
                "t=3.411  client   got 'done req-2'",
                "t=4.411  client   sends req-3",
                "t=4.411  service  handles req-3",
                "t=5.220  client   got 'done req-3'",
                "t=6.220  the run is over: no process has anything left to do");
        assertThat(mainPrints()).isEqualTo(first);
        assertThat(withoutTimes(other)).isEqualTo(withoutTimes(first));
        assertThat(other).as("another seed, other handling times").isNotEqualTo(first);
    }

    private static List<String> demo(long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SimulationDemo.run(seed, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> mainPrints() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            SimulationDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> withoutTimes(List<String> lines) {
        return lines.stream().map(line -> line.replaceFirst("^t=\\d+\\.\\d{3}  ", "")).toList();
    }

    @Test
    void aFailedRunIsMadeByARealRunOfOneFailingProcess() {
        IllegalStateException cause = new IllegalStateException("TODO ch02.1 run code");

        SimulationException failure = FailedRun.of("OrderService", cause);

        assertThat(failure.getCause()).isSameAs(cause);
        assertThat(failure.processName()).isEqualTo("OrderService");
        assertThat(failure.time()).isZero();
        assertThat(failure).hasMessage("process 'OrderService' failed at t=0.000: TODO ch02.1 run code");
    }
}
