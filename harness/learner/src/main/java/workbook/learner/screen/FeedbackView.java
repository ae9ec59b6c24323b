package workbook.learner.screen;

import java.util.List;
import java.util.Optional;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.CompileProblem;
import workbook.learner.check.TestOutcome;
import workbook.learner.hint.HintLevels;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.progress.TodoProgress;
import workbook.learner.progress.TodoState;

/**
 * The watch screen as text: a status line, then compile errors, or else only the next
 * unfinished TODO with its failing behaviours, expected versus actual, the learner's own line
 * and the hints revealed so far; or, when the chapter is done, the next chapter. Stateless.
 */
public final class FeedbackView {

    static final int MAX_COMPILE_ERRORS = 10;
    static final int MAX_FAILURES = 4;
    static final int MAX_MESSAGE_LINES = 12;

    private final Style style;

    public FeedbackView(Style style) {
        this.style = style;
    }

    /**
     * The screen after a run.
     *
     * @param now      this run
     * @param before   the previous run of the same chapter, to say which TODOs just turned green
     * @param hints    the hint levels reached
     * @param next     the chapter after this one
     */
    public String render(ChapterProgress now, Optional<ChapterProgress> before, HintLevels hints,
            Optional<LearnerChapter> next) {
        StringBuilder out = new StringBuilder();
        out.append(statusLine(now)).append('\n').append(style.rule(60)).append('\n');
        if (now.report().problem() != null) {
            out.append(style.red(now.report().problem())).append('\n');
            return out.append(keys()).toString();
        }
        if (!now.compiled()) {
            compileErrors(out, now.report().compileProblems());
            return out.append(keys()).toString();
        }
        turnedGreen(out, now, before);
        now.report().notes().forEach(note -> out.append(style.yellow("note: " + note)).append('\n'));
        Optional<TodoProgress> current = now.next();
        if (current.isEmpty()) {
            chapterDone(out, now.chapter(), next);
        } else {
            todo(out, now.chapter(), current.get(), hints);
        }
        return out.append(keys()).toString();
    }

    public String statusLine(ChapterProgress progress) {
        LearnerChapter chapter = progress.chapter();
        String state = !progress.compiled()
                ? style.red(progress.report().problem() != null ? "cannot run" : "does not compile")
                : progress.done() + " of " + progress.todos().size() + " TODOs";
        return style.bold(chapter.id() + " " + chapter.title()) + "  " + dot() + "  " + state + "  " + dot() + "  "
                + progress.report().millis() + " ms";
    }

    private void compileErrors(StringBuilder out, List<CompileProblem> problems) {
        out.append(style.red("Your code does not compile")).append(" (").append(problems.size())
                .append(problems.size() == 1 ? " error" : " errors").append("):\n\n");
        problems.stream().limit(MAX_COMPILE_ERRORS).forEach(problem -> {
            out.append("  ").append(style.bold(problem.where())).append("  ");
            indentAfterFirst(out, problem.message(), "      ");
        });
        if (problems.size() > MAX_COMPILE_ERRORS) {
            out.append("  … and ").append(problems.size() - MAX_COMPILE_ERRORS).append(" more\n");
        }
        out.append('\n');
    }

    private void turnedGreen(StringBuilder out, ChapterProgress now, Optional<ChapterProgress> before) {
        if (before.isEmpty() || !before.get().compiled()) {
            return;
        }
        for (TodoProgress todo : now.todos()) {
            boolean was = before.get().todo(todo.id()).map(old -> old.state() == TodoState.DONE).orElse(false);
            if (todo.state() == TodoState.DONE && !was) {
                out.append(style.pass()).append(' ').append(style.green(todo.id() + " is done: " + todo.todo().title()))
                        .append('\n');
            }
        }
    }

    private void chapterDone(StringBuilder out, LearnerChapter chapter, Optional<LearnerChapter> next) {
        out.append(style.pass()).append(' ').append(style.green("Chapter " + chapter.id() + " is done: every TODO passes its tests."))
                .append("\n\n");
        if (next.isPresent()) {
            out.append("Next: ").append(style.bold(next.get().id() + " " + next.get().title())).append(". Read ")
                    .append(next.get().manifest().doc()).append(", then press n.\n");
        } else {
            out.append("That was the last chapter. Well done.\n");
        }
    }

    private void todo(StringBuilder out, LearnerChapter chapter, TodoProgress todo, HintLevels hints) {
        out.append('\n').append(mark(todo.state())).append(' ').append(style.bold(todo.id() + "  " + todo.todo().title()))
                .append('\n');
        List<TestOutcome> failures = todo.failures();
        if (todo.state() == TodoState.UNKNOWN) {
            out.append("  ").append(style.yellow("not checked: its tests did not run this time")).append("\n\n");
            hints(out, chapter, todo.todo(), hints);
            return;
        }
        out.append("  ").append(todo.passed()).append(" of ").append(todo.tests().size())
                .append(" behaviours pass").append(todo.state() == TodoState.NOT_STARTED ? "; not started yet" : "")
                .append('\n');
        if (todo.state() == TodoState.WAITING) {
            out.append("  ").append(style.yellow("waiting for " + String.join(", ", todo.waitingFor())))
                    .append(": its tests need that code first\n");
        }
        if (todo.state() == TodoState.NOT_STARTED) {
            failures.stream().filter(test -> todo.id().equals(test.stubOf()) && test.learnerFrame() != null)
                    .findFirst()
                    .ifPresent(test -> out.append("  Start at ").append(style.bold(test.learnerFrame()))
                            .append(", where it says // TODO ").append(todo.id()).append('\n'));
        }
        out.append('\n');
        failures.stream().limit(MAX_FAILURES).forEach(test -> failure(out, todo, test));
        if (failures.size() > MAX_FAILURES) {
            out.append("  … and ").append(failures.size() - MAX_FAILURES).append(" more failing\n");
        }
        if (todo.state() == TodoState.NOT_STARTED) {
            out.append('\n');
        }
        hints(out, chapter, todo.todo(), hints);
    }

    private void failure(StringBuilder out, TodoProgress todo, TestOutcome test) {
        out.append("  ").append(style.fail()).append(' ').append(behaviour(todo.id(), test.name())).append('\n');
        if (todo.id().equals(test.stubOf())) {
            return;
        }
        if (test.stubOf() != null) {
            out.append("      ").append(style.yellow("needs " + test.stubOf() + ", which is not done yet")).append("\n\n");
            return;
        }
        String[] lines = withoutStackFrames(test.message());
        for (int i = 0; i < Math.min(lines.length, MAX_MESSAGE_LINES); i++) {
            out.append("      ").append(test.status() == TestOutcome.Status.PASSED ? lines[i] : highlight(lines[i]))
                    .append('\n');
        }
        if (lines.length > MAX_MESSAGE_LINES) {
            out.append("      … (").append(lines.length - MAX_MESSAGE_LINES).append(" more lines)\n");
        }
        if (test.learnerFrame() != null) {
            out.append("      at ").append(style.bold(test.learnerFrame())).append('\n');
        }
        out.append('\n');
    }

    private void hints(StringBuilder out, LearnerChapter chapter, ChapterManifest.Todo todo, HintLevels hints) {
        List<String> revealed = hints.revealed(todo);
        for (int i = 0; i < revealed.size(); i++) {
            out.append("  ").append(style.cyan("Hint " + (i + 1) + "/" + todo.hints().size() + ": ")).append(revealed.get(i))
                    .append('\n');
        }
        out.append("  ").append(style.dim(revealed.size() < todo.hints().size() ? "(h: next hint)  " : ""))
                .append(style.dim("Read: " + chapter.docLink(todo.id()))).append('\n');
    }

    /**
     * A failure's message without stack frames ({@code at ...}, AssertJ's "remaining lines"),
     * which the learner's own top frame, shown under it, replaces.
     */
    static String[] withoutStackFrames(String message) {
        if (message == null || message.isBlank()) {
            return new String[] {"(no message)"};
        }
        return message.strip().lines()
                .filter(line -> !line.stripLeading().startsWith("at ") && !line.stripLeading().startsWith("...("))
                .toArray(String[]::new);
    }

    /** {@code ch01.3 a child keeps the trace ID} without the TODO ID the heading already shows. */
    static String behaviour(String todoId, String name) {
        return name.startsWith(todoId + " ") ? name.substring(todoId.length() + 1) : name;
    }

    private String highlight(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("expected") || trimmed.startsWith("Expected")) {
            return style.green(line);
        }
        if (trimmed.startsWith("but was") || trimmed.startsWith("but ") || trimmed.startsWith("Actual")) {
            return style.red(line);
        }
        return line;
    }

    private void indentAfterFirst(StringBuilder out, String text, String indent) {
        String[] lines = text.strip().split("\n");
        out.append(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            out.append(indent).append(lines[i]).append('\n');
        }
    }

    public String mark(TodoState state) {
        return switch (state) {
            case DONE -> style.pass();
            case FAILING -> style.fail();
            case NOT_STARTED -> style.todo();
            case WAITING -> style.waiting();
            case UNKNOWN -> style.unknown();
        };
    }

    private String dot() {
        return style.dim(style.unicode() ? "·" : "|");
    }

    private String keys() {
        return "\n" + style.dim("h hint  l list  n next chapter  r rerun  q quit") + "\n";
    }

    /** The {@code l} key: every TODO of the chapter with its state. */
    public String list(ChapterProgress progress) {
        StringBuilder out = new StringBuilder();
        out.append(statusLine(progress)).append('\n').append(style.rule(60)).append('\n');
        for (TodoProgress todo : progress.todos()) {
            out.append(mark(todo.state())).append(' ').append(todo.id()).append("  ")
                    .append(String.format(java.util.Locale.ROOT, "%-12s", describe(todo))).append("  ")
                    .append(todo.todo().title()).append('\n');
        }
        return out.append(keys()).toString();
    }

    /** A TODO's state in a few words: {@code 2/5 pass}, {@code waiting ch01.1}. */
    public static String describe(TodoProgress todo) {
        return switch (todo.state()) {
            case DONE -> "done";
            case NOT_STARTED -> "not started";
            case FAILING -> todo.passed() + "/" + todo.tests().size() + " pass";
            case WAITING -> "waiting " + String.join(",", todo.waitingFor());
            case UNKNOWN -> "not checked";
        };
    }
}
