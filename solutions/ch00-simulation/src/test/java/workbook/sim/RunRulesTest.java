package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a run: it happens once, failures surface, and no thread is left behind. */
class RunRulesTest {

    @Test
    void exceptionInAProcessSurfacesWithTheProcessNameAndTime() {
        Environment env = new Environment(1);
        IllegalStateException boom = new IllegalStateException("connection refused");
        env.process("client", () -> {
            env.timeout(1.5);
            throw boom;
        });

        SimulationException failure = catchThrowableOfType(SimulationException.class, env::run);

        assertThat(failure).hasMessage("process 'client' failed at t=1.500: connection refused");
        assertThat(failure).hasCause(boom);
        assertThat(failure.getCause()).isSameAs(boom);
        assertThat(failure.processName()).isEqualTo("client");
        assertThat(failure.time()).isEqualTo(1.5);
    }

    @Test
    void failureEndsTheOtherProcessesAndRunsTheirFinallyBlocks() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        List<String> log = new ArrayList<>();
        Process service = env.process("service", () -> {
            try {
                inbox.get();
            } finally {
                log.add("service cleaned up at " + env.now());
            }
        });
        env.process("client", () -> {
            env.timeout(2);
            throw new IllegalArgumentException("bad request");
        });

        assertThatThrownBy(env::run).isInstanceOf(SimulationException.class);

        assertThat(log).containsExactly("service cleaned up at 2.0");
        assertThat(service.isAlive()).isFalse();
        assertThat(LiveSimThreads.count()).as("live sim-* threads after the run").isZero();
    }

    @Test
    void blockedProcessesAreEndedWhenNoEventRemains() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        List<String> log = new ArrayList<>();
        Process service = env.process("service", () -> {
            while (true) {
                try {
                    log.add("handled " + inbox.get());
                } catch (Exception e) { // cannot swallow the end of the run: it is not an Exception
                    log.add("swallowed " + e);
                }
            }
        });
        env.process("client", () -> inbox.put("request"));

        env.run();

        assertThat(log).containsExactly("handled request");
        assertThat(service.isAlive()).isFalse();
        assertThat(LiveSimThreads.count()).as("live sim-* threads after the run").isZero();
    }

    @Test
    void endedProcessesUnwindOneAtATimeInCreationOrder() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        List<String> log = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            env.process(name, () -> {
                try {
                    inbox.get();
                } finally {
                    log.add(env.currentProcessName().orElse("?") + " unwinds");
                }
            });
        }

        env.run();

        assertThat(log).containsExactly("first unwinds", "second unwinds", "third unwinds");
    }

    @Test
    void blockingCallWhileUnwindingThrowsAgainAtOnce() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        inbox.put("never taken");
        List<String> log = new ArrayList<>();
        env.process("wants-an-item", () -> {
            try {
                env.timeout(10);
            } finally {
                log.add("wants-an-item unwinds at " + env.now());
                inbox.get(); // throws at once: the run is over
                log.add("unreachable");
            }
        });
        env.process("wants-more-time", () -> {
            try {
                env.timeout(10);
            } finally {
                log.add("wants-more-time unwinds at " + env.now());
                env.timeout(1); // throws at once too
                log.add("unreachable");
            }
        });

        env.run(5);

        assertThat(log).containsExactly("wants-an-item unwinds at 5.0", "wants-more-time unwinds at 5.0");
        assertThat(inbox.size()).isEqualTo(1);
    }

    @Test
    void failuresWhileUnwindingAreAttachedToTheRunsFailure() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        env.process("service", () -> {
            try {
                inbox.get();
            } finally {
                throw new IllegalStateException("cleanup failed");
            }
        });
        env.process("client", () -> {
            throw new IllegalArgumentException("bad request");
        });

        SimulationException failure = catchThrowableOfType(SimulationException.class, env::run);

        assertThat(failure).hasMessage("process 'client' failed at t=0.000: bad request");
        assertThat(failure.getSuppressed()).singleElement()
                .satisfies(suppressed -> assertThat(suppressed).hasMessage("cleanup failed"));
    }

    @Test
    void environmentRunsOnlyOnce() {
        Environment env = new Environment(1);
        env.run();

        assertThatThrownBy(env::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("this Environment has already run; create a new one");
        assertThatThrownBy(() -> env.run(10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void processesCannotBeCreatedAfterTheRun() {
        Environment env = new Environment(1);
        env.run();

        assertThatThrownBy(() -> env.process("late", () -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("late");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void delayThatIsNotAFiniteNonNegativeNumberIsRejected(double delay) {
        Environment env = new Environment(1);
        env.process("client", () -> env.timeout(delay));

        SimulationException failure = catchThrowableOfType(SimulationException.class, env::run);

        assertThat(failure.getCause())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delay must be a finite number >= 0, got " + delay);
    }

    @Test
    void failureWhileUnwindingDoesNotFailARunThatSucceeded() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        Process service = env.process("service", () -> {
            try {
                inbox.get();
            } finally {
                throw new IllegalStateException("cleanup failed");
            }
        });

        env.run();

        assertThat(service.isAlive()).isFalse();
    }

    @Test
    void threadThatIsNotTheRunningProcessCannotUseTheEnvironmentDuringTheRun() {
        Environment env = new Environment(1);
        Queue<String> inbox = new Queue<>(env);
        List<Throwable> rejections = new ArrayList<>();
        env.process("client", () -> {
            Thread stranger = new Thread(() -> {
                try {
                    inbox.put("request");
                } catch (IllegalStateException e) {
                    rejections.add(e);
                }
                try {
                    env.timeout(1);
                } catch (IllegalStateException e) {
                    rejections.add(e);
                }
            });
            stranger.start();
            stranger.join(); // a real wait, not a virtual one: the stranger is done at once
        });

        env.run();

        assertThat(rejections).extracting(Throwable::getMessage).containsExactly(
                "put() while the environment runs must be called from inside one of its processes",
                "timeout() must be called from inside a running process of this environment");
        assertThat(inbox.isEmpty()).isTrue();
    }

    @Test
    void timeoutOutsideAProcessIsRejected() {
        Environment env = new Environment(1);

        assertThatThrownBy(() -> env.timeout(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("timeout() must be called from inside a running process of this environment");
    }

    @Test
    void closeEndsTheProcessesOfAnEnvironmentThatNeverRan() {
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        Process client = env.process("client", () -> log.add("ran"));

        env.close();
        env.close(); // idempotent

        assertThat(client.isAlive()).isFalse();
        assertThat(log).isEmpty();
        assertThatThrownBy(env::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noThreadIsLeftAfterManyRunsThatEndInEveryWay() {
        for (int i = 0; i < 50; i++) {
            Environment env = new Environment(i);
            Queue<Integer> inbox = new Queue<>(env);
            env.process("waiter", inbox::get);
            env.process("sleeper", () -> env.timeout(100));
            int run = i;
            env.process("failer", () -> {
                env.timeout(1);
                if (run % 2 == 0) {
                    throw new IllegalStateException("failure " + run);
                }
            });
            try {
                env.run(run % 3 == 0 ? 50 : Double.POSITIVE_INFINITY);
            } catch (SimulationException expected) {
                // half of the runs fail on purpose
            }
        }

        assertThat(LiveSimThreads.count()).as("live sim-* threads after the run").isZero();
    }
}
