package workbook.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import workbook.engine.jvm.RestartPolicy.Ending;
import workbook.engine.jvm.RestartPolicy.Kill;
import workbook.engine.jvm.RestartPolicy.Stop;
import workbook.engine.protocol.TestStatus;

class RestartPolicyTest {

    private static final TestJvmSettings SETTINGS = TestJvmSettings.of(Path.of("java"), 10, 256);

    @Test
    void completedRequestNeedsNothing() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.COMPLETED, null, null, null, null,
                List.of("ch01")), 0);

        assertThat(decision.failedTest()).isNull();
        assertThat(decision.notes()).isEmpty();
        assertThat(decision.dropChapter()).isFalse();
        assertThat(decision.countsDeath()).isFalse();
    }

    @Test
    void deathDuringATestFailsOnlyThatTestAndGoesOn() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.DIED, "ch01", "t1", null,
                "exit 3", List.of()), 0);

        assertThat(decision.failedTest()).isEqualTo("t1");
        assertThat(decision.status()).isEqualTo(TestStatus.CRASHED);
        assertThat(decision.message()).isEqualTo("exit 3");
        assertThat(decision.dropChapter()).isFalse();
        assertThat(decision.countsDeath()).isTrue();
        assertThat(decision.notes()).extracting(RestartPolicy.Note::text)
                .containsExactly("the test JVM stopped during a test and was restarted: exit 3");
    }

    @Test
    void aStallKilledFromOutsideCountsAsATimeout() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.DIED, "ch01", "t1", Kill.STALLED,
                "slow", List.of()), 0);

        assertThat(decision.status()).isEqualTo(TestStatus.TIMED_OUT);
    }

    @Test
    void theFifthDeathOfAChapterGivesUpItsRemainingTests() {
        RestartPolicy.Decision fourth = RestartPolicy.decide(new Stop(Ending.DIED, "ch01", "t4", null, "x",
                List.of()), 3);
        RestartPolicy.Decision fifth = RestartPolicy.decide(new Stop(Ending.DIED, "ch01", "t5", null, "x",
                List.of()), 4);

        assertThat(fourth.dropChapter()).isFalse();
        assertThat(fifth.dropChapter()).isTrue();
        assertThat(fifth.failedTest()).isEqualTo("t5");
        assertThat(fifth.notes()).extracting(RestartPolicy.Note::text)
                .contains("the test JVM stopped 5 times in this chapter; the remaining tests did not run");
    }

    @Test
    void deathOutsideAnyTestGivesUpTheChapter() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.DIED, "ch07", null, null,
                "exit 1", List.of()), 0);

        assertThat(decision.failedTest()).isNull();
        assertThat(decision.dropChapter()).isTrue();
        assertThat(decision.notes()).extracting(RestartPolicy.Note::text).containsExactly(
                "the chapter's tests stopped outside any test, so the rest did not run: exit 1");
    }

    @Test
    void deathBetweenChaptersCostsNothing() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.DIED, null, null, null, "x",
                List.of("ch01")), 0);

        assertThat(decision.failedTest()).isNull();
        assertThat(decision.dropChapter()).isFalse();
        assertThat(decision.countsDeath()).isFalse();
    }

    @Test
    void timedOutTestRestartsForTheRestUntilTheLimit() {
        RestartPolicy.Decision first = RestartPolicy.decide(new Stop(Ending.TEST_TIMED_OUT, "ch01", "t1", null, null,
                List.of()), 0);
        RestartPolicy.Decision last = RestartPolicy.decide(new Stop(Ending.TEST_TIMED_OUT, "ch01", "t1", null, null,
                List.of()), RestartPolicy.MAX_DEATHS - 1);

        assertThat(first.failedTest()).as("the runner reported the test itself").isNull();
        assertThat(first.dropChapter()).isFalse();
        assertThat(first.countsDeath()).isTrue();
        assertThat(last.dropChapter()).isTrue();
    }

    @Test
    void threadsLeftRunningAreNotedOnTheChaptersThatLeftThem() {
        RestartPolicy.Decision decision = RestartPolicy.decide(new Stop(Ending.THREADS_LEFT, null, null, null, null,
                List.of("ch01")), 0);

        assertThat(decision.notes()).containsExactly(new RestartPolicy.Note("ch01",
                "the code left threads running, so the next chapter ran in a fresh test JVM"));
        assertThat(decision.dropChapter()).isFalse();
    }

    @Test
    void causesNameWhatHappened() {
        assertThat(RestartPolicy.cause(Kill.FLOODED, "", 137, SETTINGS)).contains("output flood");
        assertThat(RestartPolicy.cause(Kill.STALLED, "", 137, SETTINGS)).contains("did not finish within 60 s");
        assertThat(RestartPolicy.cause(Kill.BUDGET, "", 137, SETTINGS)).contains("time budget");
        assertThat(RestartPolicy.cause(null, "Terminating due to java.lang.OutOfMemoryError: Java heap space", 3,
                SETTINGS)).contains("ran out of memory (the heap is capped at 256 MB)");
        assertThat(RestartPolicy.cause(null, "java.lang.StackOverflowError", 1, SETTINGS)).contains("overflowed");
        assertThat(RestartPolicy.cause(null, "", 42, SETTINGS)).contains("exited with status 42", "System.exit");
    }
}
