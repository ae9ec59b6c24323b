package workbook.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the test JVMs reported for one chapter of one run: an outcome per test unique ID (in
 * the order they ended), failures of whole test classes (class name, or "" for the whole
 * chapter, to message), notes (restarts, threads left running, time budget), and how long its
 * tests ran (wall time from the chapter's start to its end in the test JVM, over every attempt)
 * and each test's share of it (test unique ID to wall time, as seen by the harness). The times
 * are for {@code bench} only: they vary from run to run, so no result or feedback shows them.
 * Immutable.
 */
public record ChapterRun(String chapter, Map<String, TestOutcome> outcomes, Map<String, String> classFailures,
        List<String> notes, Duration elapsed, Map<String, Duration> testTimes) {

    public ChapterRun {
        outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        classFailures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classFailures));
        notes = List.copyOf(notes);
        testTimes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(testTimes));
    }

    /** Collects a chapter's run while events arrive. Not thread-safe. */
    public static final class Builder {
        private final String chapter;
        private final Map<String, TestOutcome> outcomes = new LinkedHashMap<>();
        private final Map<String, String> classFailures = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Duration> testTimes = new LinkedHashMap<>();
        private long elapsedNanos;

        public Builder(String chapter) {
            this.chapter = chapter;
        }

        public Builder outcome(TestOutcome outcome) {
            outcomes.put(outcome.uniqueId(), outcome);
            return this;
        }

        public Builder classFailure(String className, String message) {
            classFailures.putIfAbsent(className == null ? "" : className, message);
            return this;
        }

        public Builder note(String note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        /** Adds wall time the chapter's tests ran (one attempt's share). */
        public Builder ran(long nanos) {
            elapsedNanos += Math.max(0, nanos);
            return this;
        }

        /** Adds wall time one test ran, from its start to its end (one attempt's share). */
        public Builder timed(String test, long nanos) {
            testTimes.merge(test, Duration.ofNanos(Math.max(0, nanos)), Duration::plus);
            return this;
        }

        public List<String> reported() {
            return List.copyOf(outcomes.keySet());
        }

        public ChapterRun build() {
            return new ChapterRun(chapter, outcomes, classFailures, notes, Duration.ofNanos(elapsedNanos), testTimes);
        }
    }
}
