package workbook.harness.report;

import java.util.List;
import workbook.harness.score.Scores;

/**
 * {@code grades.csv}, the gradebook: one row per submission (sorted by name), a column per
 * chapter, the total and the maximum, and a note for submissions that could not be graded or
 * were made from another version of the workbook.
 * RFC 4180 quoting. Stateless.
 */
public final class GradesCsv {

    private GradesCsv() {}

    public static String render(List<String> chapterIds, List<GradeRow> rows) {
        StringBuilder csv = new StringBuilder("submission,status");
        chapterIds.forEach(id -> csv.append(',').append(id));
        csv.append(",total,max,note\r\n");
        rows.stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(row -> {
            csv.append(quote(row.name())).append(',').append(row.status());
            chapterIds.forEach(id -> csv.append(',').append(Scores.format(row.chapters().getOrDefault(id, 0.0))));
            csv.append(',').append(Scores.format(row.total())).append(',').append(Scores.format(row.max()))
                    .append(',').append(quote(row.note())).append("\r\n");
        });
        return csv.toString();
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
