package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GradingTimeTest {

    @Test
    void aTestIsNamedByItsChapterClassAndMethod() {
        assertThat(GradingTime.testName("ch08",
                "[engine:junit-jupiter]/[class:workbook.tailsampling.ProvidedCodeHiddenTest]/[method:demo()]"))
                .isEqualTo("ch08 ProvidedCodeHiddenTest.demo");
        assertThat(GradingTime.testName("ch03", "[engine:jqwik]/[class:CollectorPropertiesTest]/[property:spans]"))
                .isEqualTo("ch03 CollectorPropertiesTest.spans");
        assertThat(GradingTime.testName("ch06",
                "[engine:junit-jupiter]/[class:a.B]/[test-template:rejects(java.lang.String)]"))
                .isEqualTo("ch06 B.rejects");
    }

    @Test
    void slowestTestsAreSummedOverSubmissionsAndShownPerSubmission() {
        GradingTime one = time(1, "ch01 A.slow", 3_000, "ch01 A.fast", 200);
        GradingTime other = time(1, "ch01 A.slow", 1_000, "ch02 B.middle", 900);

        assertThat(one.plus(other).slowestTests(2)).isEqualTo("ch01 A.slow 2.00 s, ch02 B.middle 0.45 s");
        assertThat(GradingTime.NONE.slowestTests(3)).isEqualTo("nothing graded");
    }

    @Test
    void theTimeSinceASnapshotIsWhatCameAfterIt() {
        GradingTime first = time(1, "ch01 A.slow", 3_000, "ch01 A.fast", 200);
        GradingTime second = time(1, "ch01 A.slow", 1_000, "ch02 B.middle", 900);

        GradingTime since = first.plus(second).since(first);
        assertThat(since.submissions()).isEqualTo(1);
        assertThat(since.testTimes()).isEqualTo(second.testTimes());
        assertThat(since.slowestTests(5)).isEqualTo("ch01 A.slow 1.00 s, ch02 B.middle 0.90 s");
    }

    private static GradingTime time(int submissions, String test, long millis, String otherTest, long otherMillis) {
        TreeMap<String, Duration> tests = new TreeMap<>();
        tests.put(test, Duration.ofMillis(millis));
        tests.put(otherTest, Duration.ofMillis(otherMillis));
        return new GradingTime(submissions, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, new TreeMap<>(), tests);
    }
}
