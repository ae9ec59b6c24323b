package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual clock, the order of events and the seeded random source. */
class EnvironmentTest {

    @Test
    void clockStartsAtZero() {
        assertThat(new Environment(1).now()).isZero();
    }

    @Test
    void timeoutAdvancesTheClockByItsDelay() {
        Environment env = new Environment(1);
        List<Double> seen = new ArrayList<>();
        env.process("sleeper", () -> {
            seen.add(env.now());
            env.timeout(1.5);
            seen.add(env.now());
            env.timeout(2.0);
            seen.add(env.now());
        });

        env.run();

        assertThat(seen).containsExactly(0.0, 1.5, 3.5);
        assertThat(env.now()).isEqualTo(3.5);
    }

    @Test
    void anHourOfVirtualTimePassesWithoutWaiting() {
        Environment env = new Environment(1);
        env.process("batch", () -> env.timeout(3600));

        env.run();

        assertThat(env.now()).isEqualTo(3600.0);
    }

    @Test
    void simultaneousEventsRunInSchedulingOrder() {
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            env.process(name, () -> {
                log.add(name + " starts");
                env.timeout(1);
                log.add(name + " wakes");
            });
        }

        env.run();

        assertThat(log).containsExactly("a starts", "b starts", "c starts", "a wakes", "b wakes", "c wakes");
    }

    @Test
    void zeroTimeoutLetsTheOtherProcessesDueNowRunFirst() {
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        env.process("polite", () -> {
            env.timeout(0);
            log.add("polite at " + env.now());
        });
        env.process("eager", () -> log.add("eager at " + env.now()));
        env.process("late", () -> log.add("late at " + env.now()));

        env.run();

        assertThat(log).containsExactly("eager at 0.0", "late at 0.0", "polite at 0.0");
    }

    @Test
    void runUntilRunsOnlyEarlierEventsAndThenReadsUntil() {
        Environment env = new Environment(1);
        List<Double> ticks = new ArrayList<>();
        env.process("ticker", () -> {
            while (true) {
                ticks.add(env.now());
                env.timeout(1);
            }
        });

        env.run(3);

        assertThat(ticks).containsExactly(0.0, 1.0, 2.0);
        assertThat(env.now()).isEqualTo(3.0);
    }

    @Test
    void runUntilEarlierThanNowIsRejected() {
        Environment env = new Environment(1);

        assertThatThrownBy(() -> env.run(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got -1.0");
    }

    @Test
    void sameSeedGivesTheSameDraws() {
        Environment first = new Environment(42);
        Environment second = new Environment(42);

        for (int i = 0; i < 10; i++) {
            assertThat(first.uniform(0, 10)).isEqualTo(second.uniform(0, 10));
        }
        assertThat(first.random().nextLong()).isEqualTo(second.random().nextLong());
    }

    @Test
    void uniformStaysBetweenItsBounds() {
        Environment env = new Environment(7);

        for (int i = 0; i < 1000; i++) {
            assertThat(env.uniform(0.1, 0.5)).isBetween(0.1, 0.5);
        }
    }

    @Test
    void currentProcessNameNamesTheRunningProcessOnly() {
        Environment env = new Environment(1);
        List<String> names = new ArrayList<>();
        env.process("client", () -> names.add(env.currentProcessName().orElseThrow()));

        env.run();

        assertThat(names).containsExactly("client");
        assertThat(env.currentProcessName()).isEmpty();
    }

    @Test
    void toStringShowsTheClockAndTheLiveProcesses() {
        Environment env = new Environment(42);
        env.process("service", () -> env.timeout(1));

        assertThat(env).hasToString("Environment[seed=42, now=0.000, alive=1, ready]");
        env.run(0.5);
        assertThat(env).hasToString("Environment[seed=42, now=0.500, alive=0, finished]");
    }
}
