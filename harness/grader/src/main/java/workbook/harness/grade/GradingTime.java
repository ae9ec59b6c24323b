package workbook.harness.grade;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where grading time went, summed over the submissions graded (not those resumed): what
 * {@code bench} prints so that the next person sees what is left to speed up.
 *
 * @param submissions  how many submissions were graded
 * @param compile      compiling the submissions' chapters in this JVM (fair-grading hybrids included)
 * @param jvmStart     starting test JVMs, launch to ready, restarts included (part of tests and fairGrading)
 * @param tests        running the tests as submitted, in the test JVMs, their start included
 * @param fairGrading  compiling and running the hybrids of TODOs whose tests failed as submitted
 * @param reports      scoring and writing feedback.md, results.json and grades.csv
 * @param wall         from opening each submission to its last file written
 * @param testsByChapter of {@code tests}, each chapter's share (chapter ID to time, sorted)
 */
public record GradingTime(int submissions, Duration compile, Duration jvmStart, Duration tests,
        Duration fairGrading, Duration reports, Duration wall, SortedMap<String, Duration> testsByChapter) {

    public static final GradingTime NONE = new GradingTime(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO, new TreeMap<>());

    public GradingTime {
        testsByChapter = Collections.unmodifiableSortedMap(new TreeMap<>(testsByChapter));
    }

    public GradingTime plus(GradingTime other) {
        SortedMap<String, Duration> byChapter = new TreeMap<>(testsByChapter);
        other.testsByChapter.forEach((chapter, time) -> byChapter.merge(chapter, time, Duration::plus));
        return new GradingTime(submissions + other.submissions, compile.plus(other.compile),
                jvmStart.plus(other.jvmStart), tests.plus(other.tests),
                fairGrading.plus(other.fairGrading), reports.plus(other.reports), wall.plus(other.wall), byChapter);
    }

    /** Seconds per submission for each phase, in words, for bench's output. */
    public String perSubmission() {
        if (submissions == 0) {
            return "nothing graded";
        }
        return String.format("compile %.2f s, tests %.2f s, fair grading %.2f s (test JVM starts in those two:"
                + " %.2f s), reports %.2f s; wall %.2f s", each(compile), each(tests), each(fairGrading),
                each(jvmStart), each(reports), each(wall));
    }

    /** Seconds per submission each chapter's tests ran, in words: {@code ch01 0.41 s, ch02 0.87 s}. */
    public String testsPerChapter() {
        if (submissions == 0) {
            return "nothing graded";
        }
        return testsByChapter.entrySet().stream()
                .map(entry -> String.format("%s %.2f s", entry.getKey(), each(entry.getValue())))
                .collect(Collectors.joining(", "));
    }

    private double each(Duration total) {
        return total.toNanos() / 1e9 / submissions;
    }
}
