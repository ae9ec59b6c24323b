package workbook.learner.screen;

import java.util.List;
import java.util.Locale;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.progress.TodoProgress;
import workbook.learner.progress.TodoState;

/**
 * {@code workbook status}: every chapter's TODOs on one line each, one mark per TODO, and a
 * progress bar over the whole workbook. Stateless.
 */
public final class StatusTable {

    private final Style style;
    private final FeedbackView view;

    public StatusTable(Style style) {
        this.style = style;
        this.view = new FeedbackView(style);
    }

    public String render(List<ChapterProgress> chapters, long millis) {
        StringBuilder out = new StringBuilder();
        int width = chapters.stream().mapToInt(c -> (c.chapter().id() + " " + c.chapter().title()).length()).max().orElse(10);
        long todos = 0;
        long done = 0;
        long points = 0;
        long earned = 0;
        for (ChapterProgress chapter : chapters) {
            String name = String.format(Locale.ROOT, "%-" + width + "s", chapter.chapter().id() + " " + chapter.chapter().title());
            out.append(name).append("  ");
            if (chapter.todos().isEmpty()) {
                out.append(style.dim("provided code, nothing to do")).append('\n');
                continue;
            }
            StringBuilder marks = new StringBuilder();
            for (TodoProgress todo : chapter.todos()) {
                marks.append(view.mark(todo.state()));
            }
            out.append(marks);
            out.append(" ".repeat(Math.max(1, 10 - chapter.todos().size()))).append(String.format(Locale.ROOT, "%2d/%-2d",
                    chapter.done(), chapter.todos().size()));
            if (chapter.report().problem() != null) {
                out.append("  ").append(style.red(chapter.report().problem().lines().findFirst().orElse("")));
            } else if (!chapter.compiled()) {
                out.append("  ").append(style.red("does not compile: " + chapter.report().compileProblems().stream()
                        .filter(problem -> problem.file() != null).findFirst()
                        .map(problem -> problem.where() + " " + problem.message().lines().findFirst().orElse(""))
                        .orElse("see ./workbook watch " + chapter.chapter().id())));
            } else if (chapter.next().isPresent()) {
                TodoProgress next = chapter.next().get();
                out.append("  next: ").append(next.id()).append(' ').append(next.todo().title());
            } else {
                out.append("  ").append(style.green("done"));
            }
            out.append('\n');
            todos += chapter.todos().size();
            done += chapter.done();
            for (TodoProgress todo : chapter.todos()) {
                points += todo.todo().points();
                earned += todo.state() == TodoState.DONE ? todo.todo().points() : 0;
            }
        }
        double fraction = todos == 0 ? 0 : (double) done / todos;
        out.append(style.rule(60)).append('\n')
                .append(style.bar(fraction, 30)).append(String.format(Locale.ROOT, " %3d%%  %d of %d TODOs, %d of %d points",
                        Math.round(fraction * 100), done, todos, earned, points))
                .append(style.dim(String.format(Locale.ROOT, "  (%d ms)", millis))).append('\n')
                .append(style.dim("marks: " + view.mark(TodoState.DONE) + " done  " + view.mark(TodoState.FAILING)
                        + " failing  " + view.mark(TodoState.NOT_STARTED) + " not started  "
                        + view.mark(TodoState.WAITING) + " waiting for another TODO")).append('\n');
        return out.toString();
    }
}
