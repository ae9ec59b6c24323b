package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.engine.jvm.TestJvmSettings;
import workbook.harness.report.GradeRow;

/** One --out folder filled by several runs (batches graded on different days, or resumed). */
class OutFolderTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void gradesCsvCoversEverySubmissionGradedInTheFolderNotOnlyTheLastBatch() throws Exception {
        Workspace workspace = Workspace.open(ROOT, List.of("ch01"));
        Path out = dir.resolve("out");
        Path monday = Files.createDirectories(dir.resolve("monday-empty"));
        Path tuesday = Files.writeString(dir.resolve("tuesday.txt"), "not a submission");

        grader(workspace, out).gradeAll(List.of(Submission.of(monday)), quiet(), grade -> {});
        grader(workspace, out).gradeAll(List.of(Submission.of(tuesday)), quiet(), grade -> {});

        assertThat(Files.readAllLines(out.resolve("grades.csv")))
                .hasSize(3)
                .anyMatch(line -> line.startsWith("monday-empty,invalid"))
                .anyMatch(line -> line.startsWith("tuesday.txt,invalid"));
    }

    private static Grader grader(Workspace workspace, Path out) {
        TestJvmSettings jvm = TestJvmSettings.of(Path.of(System.getProperty("java.home"), "bin", "java"), 10, 256);
        return new Grader(workspace, new Grader.Options(out, 1, false, jvm));
    }

    private static Grader.Progress quiet() {
        return new Grader.Progress() {
            @Override
            public void started(int total) {}

            @Override
            public void finished(GradeRow row, boolean resumed) {}
        };
    }
}
