package workbook.harness.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import workbook.harness.fair.MemberSplicer;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.score.TestCase;
import workbook.harness.score.TestResult;
import workbook.testkit.TodoId;

/**
 * Fair grading: a TODO left undone (or wrong) costs its own points, no more. Each TODO whose
 * tests fail as submitted is graded again in a hybrid of the submission: the learner's files,
 * with the members that hold the chapter's other TODOs' solution regions taken from the
 * reference (see {@link MemberSplicer}); the TODO then earns the better of the two. Stateless.
 */
final class FairGrading {

    private FairGrading() {}

    /**
     * The TODOs worth grading alone: those with a test that failed as submitted for another
     * reason than the TODO's own untouched stub (a TODO whose every failure is its own stub
     * earns nothing either way). Only in chapters with more than one TODO.
     */
    static List<String> todosToRegrade(GradedChapter chapter, Map<TestCase, TestResult> results,
            SortedMap<String, String> sources) {
        List<String> todos = new ArrayList<>();
        List<ChapterManifest.Todo> all = chapter.chapter().manifest().todos();
        if (all.size() < 2) {
            return todos;
        }
        for (ChapterManifest.Todo todo : all) {
            boolean worth = results.entrySet().stream()
                    .filter(entry -> entry.getKey().todos().contains(todo.id()) && !entry.getValue().passed())
                    .anyMatch(entry -> !isOwnStub(entry.getValue(), todo.id()));
            if (worth && !untouched(chapter, sources, todo.id())) {
                todos.add(todo.id());
            }
        }
        return todos;
    }

    /**
     * True when the learner left the TODO as the skeleton gave it: then its own run could
     * only pass tests that do not check its code, so there is nothing to regrade.
     */
    static boolean untouched(GradedChapter chapter, SortedMap<String, String> sources, String todoId) {
        String marker = "TODO " + todoId + ":";
        for (Map.Entry<String, byte[]> skeleton : chapter.skeletonSources().entrySet()) {
            String text = new String(skeleton.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            String learner = sources.get(skeleton.getKey());
            if (learner != null && !MemberSplicer.untouched(skeleton.getKey(), learner, text, marker)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOwnStub(TestResult result, String todoId) {
        return result.todoStub() && result.message() != null
                && result.message().matches("(?s).*\\bTODO " + java.util.regex.Pattern.quote(todoId) + "\\b.*")
                && !result.message().matches("(?s).*\\bTODO (?!" + java.util.regex.Pattern.quote(todoId)
                        + "\\b)" + TodoId.PATTERN.pattern() + "\\b.*");
    }

    /**
     * The submission's sources (skeleton stand-ins included) with the reference standing in
     * for every TODO of the chapter but {@code todoId}; empty when no hybrid can be made (a
     * file that does not parse, a member the learner removed).
     */
    static Optional<SortedMap<String, String>> hybrid(GradedChapter chapter, SortedMap<String, String> sources,
            String todoId) {
        SortedMap<String, String> hybrid = new TreeMap<>(sources);
        for (Map.Entry<String, String> reference : chapter.referenceSources().entrySet()) {
            String learner = sources.get(reference.getKey());
            if (learner == null) {
                continue;
            }
            Optional<String> spliced = MemberSplicer.splice(reference.getKey(), learner, reference.getValue(),
                    id -> !id.equals(todoId));
            if (spliced.isEmpty()) {
                return Optional.empty();
            }
            hybrid.put(reference.getKey(), spliced.get());
        }
        return Optional.of(hybrid);
    }
}
