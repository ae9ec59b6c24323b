package workbook.harness.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the test JVMs reported for one chapter of one submission: a result per test unique ID,
 * failures of whole test classes, and notes (restarts, threads left running). Filled by
 * {@link TestJvm}; confined to the thread grading the submission.
 */
final class ChapterRun {

    final Map<String, TestResult> results = new LinkedHashMap<>();
    final Map<String, String> classFailures = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    /** The result of a test; a test with none did not run, with the reason if one is known. */
    TestResult resultOf(TestCase test) {
        TestResult result = results.get(test.uniqueId());
        if (result != null) {
            return result;
        }
        String classFailure = classFailures.getOrDefault(test.className(), classFailures.get(""));
        return TestResult.notRun(classFailure != null ? "not run: " + classFailure
                : "not run: the test could not start (does the class under test still have the methods the"
                        + " tests call?)");
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }
}
