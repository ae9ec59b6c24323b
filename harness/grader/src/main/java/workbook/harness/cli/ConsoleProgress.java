package workbook.harness.cli;

import java.io.PrintWriter;
import workbook.harness.grade.Grader;
import workbook.harness.report.GradeRow;
import workbook.harness.score.Scores;

/**
 * Progress on the terminal: a bar redrawn in place when the output is a terminal and more
 * than one submission is graded, otherwise one line per submission (for logs and CI).
 * Thread-safe.
 */
public final class ConsoleProgress implements Grader.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private int total;
    private int done;

    public ConsoleProgress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.done = 0;
        if (terminal && total > 1) {
            bar("");
        }
    }

    @Override
    public synchronized void finished(GradeRow row, boolean resumed) {
        done++;
        String what = row.name() + " " + Scores.format(row.total()) + "/" + Scores.format(row.max())
                + (resumed ? " (already graded)" : "");
        if (terminal && total > 1) {
            bar(what);
            if (done == total) {
                out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            }
        } else {
            out.printf("[%d/%d] %s%n", done, total, what);
        }
        out.flush();
    }

    private void bar(String last) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String text = String.format("\r[%s%s] %d/%d %s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                last.length() > 50 ? last.substring(0, 50) : last);
        out.print(text + " ".repeat(Math.max(0, WIDTH + 60 - text.length())));
        out.flush();
    }
}
