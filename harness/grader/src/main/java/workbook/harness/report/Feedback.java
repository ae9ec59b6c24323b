package workbook.harness.report;

import java.util.List;
import java.util.Optional;
import workbook.harness.WorkbookVersion;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.score.Scores;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TestCase;
import workbook.harness.score.TestResult;
import workbook.harness.score.TodoGrade;

/**
 * The learner's feedback, in Markdown: per chapter and TODO, which behaviours failed, the
 * message (expected versus actual, the learner's own stack frames), the TODO's first hint
 * and where to read more. It never shows a test's source: a hidden check is named by the
 * behaviour it checks. Used for {@code feedback.md} and the Gradescope test outputs. Stateless.
 */
public final class Feedback {

    static final int MAX_FAILURES_SHOWN = 4;
    private static final int MAX_OUTPUT_SHOWN = 600;

    private Feedback() {}

    /** The whole {@code feedback.md}. */
    public static String markdown(SubmissionGrade grade) {
        StringBuilder md = new StringBuilder();
        md.append("# Feedback: ").append(grade.name()).append("\n\n");
        if (grade.status() == SubmissionGrade.Status.INVALID) {
            md.append("**This submission could not be graded:** it ").append(grade.problem()).append(".\n\n");
        }
        versionNote(grade).ifPresent(note -> md.append(note).append("\n\n"));
        md.append("**Total: ").append(Scores.format(grade.score())).append(" / ").append(Scores.format(grade.max()))
                .append("**\n\n");
        md.append("| chapter | score | status |\n|---|---:|---|\n");
        for (ChapterGrade chapter : grade.chapters()) {
            md.append("| ").append(chapter.chapter().id()).append(' ').append(chapter.chapter().manifest().title())
                    .append(" | ").append(Scores.format(chapter.score())).append(" / ")
                    .append(Scores.format(chapter.max())).append(" | ").append(chapter.status().label()).append(" |\n");
        }
        if (grade.status() == SubmissionGrade.Status.INVALID) {
            return md.toString();
        }
        for (ChapterGrade chapter : grade.chapters()) {
            md.append("\n## ").append(chapter.chapter().id()).append(' ').append(chapter.chapter().manifest().title())
                    .append(": ").append(Scores.format(chapter.score())).append(" / ")
                    .append(Scores.format(chapter.max())).append("\n\n");
            md.append(chapterText(chapter));
        }
        return md.toString();
    }

    /**
     * Said when the submission was made from another version of the workbook: its tests or
     * TODOs may differ from what the learner had.
     */
    public static Optional<String> versionNote(SubmissionGrade grade) {
        return Optional.ofNullable(grade.madeFrom()).map(version -> "**Note:** this submission was made from workbook"
                + " version " + version + " and graded with version " + WorkbookVersion.current()
                + "; what changed between them is in the workbook's CHANGELOG.md.");
    }

    /** A chapter's problem and notes, then each TODO. */
    static String chapterText(ChapterGrade chapter) {
        StringBuilder md = new StringBuilder();
        md.append(problemText(chapter));
        if (chapter.status() == ChapterStatus.GRADED) {
            for (TodoGrade todo : chapter.todos()) {
                md.append("### ").append(todo.complete() ? "✅ " : "❌ ").append(todo.todo().id()).append(' ')
                        .append(todo.todo().title()).append(": ").append(Scores.format(todo.score())).append(" / ")
                        .append(Scores.format(todo.max())).append("\n\n").append(todoText(todo, chapter));
            }
        }
        return md.toString();
    }

    public static String problemText(ChapterGrade chapter) {
        StringBuilder md = new StringBuilder();
        String slug = chapter.chapter().slug();
        switch (chapter.status()) {
            case NOT_SUBMITTED -> md.append("Not submitted: `chapters/").append(slug)
                    .append("/src/main/java` is missing.\n\n");
            case COMPILE_ERROR -> md.append("**Does not compile**, so this chapter earns nothing. The compiler says:\n\n")
                    .append(fence(chapter.problem())).append("\n");
            case INVALID -> md.append("**Not graded:** ").append(chapter.problem()).append("\n\n");
            case NOT_STARTED -> {
                md.append("Not started: `chapters/").append(slug).append("/src/main/java` is the skeleton as handed")
                        .append(" out, so its TODOs earn nothing yet (its checks were not run).");
                chapter.chapter().manifest().todos().stream().findFirst().ifPresent(first -> {
                    md.append(" Start with ").append(first.id()).append(", ").append(first.title()).append('.');
                    if (!first.hints().isEmpty()) {
                        md.append("\n\nHint: ").append(first.hints().get(0));
                    }
                });
                md.append("\n\n");
            }
            case GRADED -> {
                // the TODOs tell the story
            }
        }
        for (String note : chapter.notes()) {
            md.append("> Note: ").append(note).append("\n\n");
        }
        return md.toString();
    }

    /** One TODO: how many checks pass, the failures, the hint. */
    public static String todoText(TodoGrade todo, ChapterGrade chapter) {
        StringBuilder md = new StringBuilder();
        if (chapter.status() != ChapterStatus.GRADED) {
            return "Not graded: the chapter " + (chapter.status() == ChapterStatus.COMPILE_ERROR
                    ? "does not compile." : "was not graded (" + chapter.status().label() + ").") + "\n";
        }
        if (todo.complete() && todo.blockedBy().isEmpty()) {
            return "All " + todo.total() + " checks pass.\n\n";
        }
        if (!todo.blockedBy().isEmpty()) {
            md.append(blockedText(todo, chapter));
            if (todo.complete()) {
                return md.append('\n').toString();
            }
        }
        md.append(todo.passed()).append(" of ").append(todo.total()).append(" checks pass.\n\n");
        List<TodoGrade.Outcome> failed = todo.outcomes().stream().filter(o -> !o.result().passed()).toList();
        for (TodoGrade.Outcome outcome : failed.subList(0, Math.min(MAX_FAILURES_SHOWN, failed.size()))) {
            TestCase test = outcome.test();
            TestResult result = outcome.result();
            md.append("- **").append(test.behaviour()).append("** (")
                    .append(test.visible() ? "visible test " + simpleName(test.className()) : "hidden check")
                    .append(", ").append(result.status().label().replace('_', ' ')).append(")\n");
            if (result.message() != null && !result.message().isBlank()) {
                md.append(indent(fence(result.message())));
            }
            if (result.output() != null && !result.output().isBlank()) {
                md.append("  It printed:\n").append(indent(fence(cap(result.output()))));
            }
        }
        if (failed.size() > MAX_FAILURES_SHOWN) {
            md.append("- … and ").append(failed.size() - MAX_FAILURES_SHOWN).append(" more failing check(s)\n");
        }
        if (!todo.todo().hints().isEmpty()) {
            md.append("\nHint: ").append(todo.todo().hints().get(0)).append("\n");
        }
        return md.append('\n').toString();
    }

    /** Why a TODO was graded with the reference standing in for others, and those TODOs' hints. */
    private static String blockedText(TodoGrade todo, ChapterGrade chapter) {
        StringBuilder md = new StringBuilder();
        String blockers = String.join(", ", todo.blockedBy());
        boolean stubs = chapter.todos().stream()
                .filter(other -> todo.blockedBy().contains(other.todo().id()))
                .allMatch(other -> other.outcomes().stream().anyMatch(outcome -> outcome.result().todoStub()));
        md.append("As submitted, ").append(todo.todo().id()).append("'s checks fail because ").append(blockers)
                .append(stubs ? (todo.blockedBy().size() == 1 ? " is not done yet" : " are not done yet")
                        : (todo.blockedBy().size() == 1 ? " does not work yet" : " do not work yet")).append(", so ")
                .append(todo.todo().id()).append(" was graded with the reference standing in for ").append(blockers)
                .append(todo.complete() ? ": all " + todo.total() + " checks pass." : ".").append("\n");
        for (String blocker : todo.blockedBy()) {
            chapter.chapter().manifest().todo(blocker).filter(other -> !other.hints().isEmpty()).ifPresent(other ->
                    md.append("\nHint for ").append(blocker).append(": ").append(other.hints().get(0)).append("\n"));
        }
        return md.append('\n').toString();
    }

    private static String cap(String output) {
        return output.length() <= MAX_OUTPUT_SHOWN ? output : output.substring(0, MAX_OUTPUT_SHOWN) + "\n…";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    static String fence(String text) {
        return "```\n" + text.strip().replace("```", "'''") + "\n```\n";
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }
}
