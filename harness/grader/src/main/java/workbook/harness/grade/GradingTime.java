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
 * @param testTimes    of {@code tests}, each test's share ({@code ch08 ReportTest.demo} to time)
 */
public record GradingTime(int submissions, Duration compile, Duration jvmStart, Duration tests,
        Duration fairGrading, Duration reports, Duration wall, SortedMap<String, Duration> testsByChapter,
        SortedMap<String, Duration> testTimes) {

    public static final GradingTime NONE = new GradingTime(0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO, new TreeMap<>(), new TreeMap<>());

    public GradingTime {
        testsByChapter = Collections.unmodifiableSortedMap(new TreeMap<>(testsByChapter));
        testTimes = Collections.unmodifiableSortedMap(new TreeMap<>(testTimes));
    }

    public GradingTime plus(GradingTime other) {
        return new GradingTime(submissions + other.submissions, compile.plus(other.compile),
                jvmStart.plus(other.jvmStart), tests.plus(other.tests),
                fairGrading.plus(other.fairGrading), reports.plus(other.reports), wall.plus(other.wall),
                sum(testsByChapter, other.testsByChapter), sum(testTimes, other.testTimes));
    }

    /** The time spent since {@code earlier}, a snapshot of the same grader's time taken before. */
    public GradingTime since(GradingTime earlier) {
        return new GradingTime(submissions - earlier.submissions, compile.minus(earlier.compile),
                jvmStart.minus(earlier.jvmStart), tests.minus(earlier.tests),
                fairGrading.minus(earlier.fairGrading), reports.minus(earlier.reports), wall.minus(earlier.wall),
                sum(testsByChapter, negated(earlier.testsByChapter)), sum(testTimes, negated(earlier.testTimes)));
    }

    private static SortedMap<String, Duration> sum(Map<String, Duration> one, Map<String, Duration> other) {
        SortedMap<String, Duration> sum = new TreeMap<>(one);
        other.forEach((key, time) -> sum.merge(key, time, Duration::plus));
        sum.values().removeIf(Duration::isZero);
        return sum;
    }

    private static Map<String, Duration> negated(Map<String, Duration> times) {
        Map<String, Duration> negated = new TreeMap<>();
        times.forEach((key, time) -> negated.put(key, time.negated()));
        return negated;
    }

    /**
     * The {@code count} tests that took longest, seconds per submission, in words:
     * {@code ch08 ProvidedCodeHiddenTest.demoPrintsTheReport 1.20 s, ...}.
     */
    public String slowestTests(int count) {
        if (submissions == 0) {
            return "nothing graded";
        }
        return testTimes.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(entry -> String.format("%s %.2f s", entry.getKey(), each(entry.getValue())))
                .collect(Collectors.joining(", "));
    }

    /**
     * A test's name for {@link #slowestTests}: the chapter, the test class's simple name and the
     * method's, from a JUnit Platform unique ID such as
     * {@code [engine:jqwik]/[class:a.b.CTest]/[property:p]}.
     */
    public static String testName(String chapter, String uniqueId) {
        String className = "";
        String member = "";
        for (String segment : uniqueId.split("/")) {
            int colon = segment.indexOf(':');
            if (segment.length() < 3 || colon < 0 || !segment.startsWith("[") || !segment.endsWith("]")) {
                continue;
            }
            String type = segment.substring(1, colon);
            String value = segment.substring(colon + 1, segment.length() - 1);
            if (type.equals("class")) {
                className = value.substring(value.lastIndexOf('.') + 1);
            } else if (!type.equals("engine") && member.isEmpty()) {
                int parameters = value.indexOf('(');
                member = parameters < 0 ? value : value.substring(0, parameters);
            }
        }
        return chapter + " " + className + "." + member;
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
