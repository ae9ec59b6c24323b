package workbook.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.engine.files.AtomicFiles;
import workbook.harness.score.Scores;

public class OutputsTest {

    @Test
    void csvHasAColumnPerChapterAndQuotesNotes() {
        String csv = GradesCsv.render(List.of("ch01", "ch02"), List.of(
                new GradeRow("bob", "graded", null, Map.of("ch01", 12.5, "ch02", 3.0), 15.5, 30),
                new GradeRow("alice", "invalid", "is an empty folder, \"sadly\"", Map.of(), 0, 30)));

        assertThat(csv.split("\r\n")).containsExactly(
                "submission,status,ch01,ch02,total,max,note",
                "alice,invalid,0,0,0,30,\"is an empty folder, \"\"sadly\"\"\"",
                "bob,graded,12.5,3,15.5,30,");
    }

    @Test
    void scoresAreRoundedToTwoDecimals() {
        assertThat(Scores.round(2.0 / 3 * 3)).isEqualTo(2.0);
        assertThat(Scores.round(1.0 / 3)).isEqualTo(0.33);
        assertThat(Scores.format(15.0)).isEqualTo("15");
        assertThat(Scores.format(13.333333)).isEqualTo("13.33");
    }

    @Test
    void atomicWriteReplacesWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("results.json");
        Files.writeString(dir.resolve(AtomicFiles.TEMPORARY_PREFIX + "results.json123"), "half a file from a killed run");
        AtomicFiles.write(target, "old");

        AtomicFiles.write(target, "new and whole");
        AtomicFiles.deleteLeftovers(dir);

        assertThat(Files.readString(target)).isEqualTo("new and whole");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("results.json");
        }
    }

    @Test
    void resultsJsonIsReadBackOnlyWithTheSameFingerprint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.json");
        Files.writeString(file, """
                {"score": 5.0, "execution_time": 1.0, "tests": [],
                 "extra_data": {"submission": "s", "status": "graded", "max_score": 15.0, "fingerprint": "abc",
                                "chapters": {"ch01": {"status": "graded", "score": 5.0, "max_score": 15.0}}}}
                """);

        assertThat(ResultsJson.readIfCurrent(file, "abc")).hasValueSatisfying(row -> {
            assertThat(row.total()).isEqualTo(5.0);
            assertThat(row.chapters()).containsEntry("ch01", 5.0);
        });
        assertThat(ResultsJson.readIfCurrent(file, "other")).isEmpty();
        Files.writeString(file, "{\"score\": 5.0, \"extra_data\": {\"finger");
        assertThat(ResultsJson.readIfCurrent(file, "abc")).as("a torn file is not a result").isEmpty();
    }

    public static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }
}
