package workbook.harness.report;

import java.util.List;
import workbook.harness.score.Scores;

/** The score table printed on the terminal after grading. Stateless. */
public final class ScoreTable {

    private ScoreTable() {}

    public static String render(List<String> chapterIds, List<GradeRow> rows) {
        int nameWidth = Math.min(40, Math.max(10, rows.stream().mapToInt(row -> row.name().length()).max().orElse(0)));
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-" + nameWidth + "s  %-8s", "submission", "status"));
        chapterIds.forEach(id -> table.append(String.format("  %8s", id)));
        table.append(String.format("  %13s%n", "total"));
        rows.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(row -> {
            String name = row.name().length() > nameWidth ? row.name().substring(0, nameWidth - 1) + "…" : row.name();
            table.append(String.format("%-" + nameWidth + "s  %-8s", name, row.status()));
            chapterIds.forEach(id -> table.append(String.format("  %8s", Scores.format(row.chapters().getOrDefault(id, 0.0)))));
            table.append(String.format("  %13s%n", Scores.format(row.total()) + " / " + Scores.format(row.max())));
            if (!row.note().isEmpty()) {
                table.append("    ").append(row.note()).append(System.lineSeparator());
            }
        });
        return table.toString();
    }
}
