package workbook.harness.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import workbook.harness.HarnessCommand;
import workbook.harness.report.GradeRow;
import workbook.harness.report.GradesCsv;

/** Merging the output folders of shards; written from results.json files as the grader writes them. */
class GradebookTest {

    @TempDir
    Path dir;

    @Test
    void shardsMergeIntoOneFolderWithOneGradebook() throws Exception {
        result(dir.resolve("shard-1"), "alice", 12.5, "f1", null);
        result(dir.resolve("shard-2"), "bob", 3.0, "f2", "0.9.0");
        Files.createDirectories(dir.resolve("shard-2/not-graded-yet"));

        StringWriter out = new StringWriter();
        int status = run(out, dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(), "--out",
                dir.resolve("all").toString());

        assertThat(status).isZero();
        assertThat(Files.readString(dir.resolve("all/grades.csv"))).isEqualTo(
                "submission,status,ch01,total,max,note\r\n"
                        + "alice,graded,12.5,12.5,15,\r\n"
                        + "bob,graded,3,3,15,made from workbook version 0.9.0\r\n");
        assertThat(dir.resolve("all/alice/results.json")).exists();
        assertThat(dir.resolve("all/bob/feedback.md")).exists();
        assertThat(dir.resolve("all/scores.txt")).exists();
        assertThat(out.toString()).contains("2 submission(s) from 2 folder(s)");
    }

    @Test
    void aSubmissionGradedDifferentlyInTwoFoldersIsAnErrorNamingBoth() throws Exception {
        result(dir.resolve("monday"), "alice", 12.5, "f1", null);
        result(dir.resolve("tuesday"), "alice", 14.0, "f2", null);

        StringWriter err = new StringWriter();
        CommandLine line = HarnessCommand.commandLine();
        line.setErr(new PrintWriter(err));
        int status = line.execute("gradebook", dir.resolve("monday").toString(), dir.resolve("tuesday").toString(),
                "--out", dir.resolve("all").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("'alice' was graded differently").contains("monday").contains("tuesday");
        assertThat(dir.resolve("all/grades.csv")).doesNotExist();
    }

    @Test
    void resultFilesHonourTheUmask() throws Exception {
        result(dir.resolve("shard-1"), "alice", 12.5, "f1", null);

        run(new StringWriter(), dir.resolve("shard-1").toString(), "--out", dir.resolve("all").toString());

        // The build runs with the usual umask 022: files are rw-r--r--, not the rw------- of a temporary file.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("all/grades.csv"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                        Files.createFile(dir.resolve("made-the-usual-way")))));
    }

    @Test
    void theNoteSaysWhyAndFromWhichVersion() {
        GradeRow row = new GradeRow("carol", "invalid", "is an empty folder", Map.of(), 0, 15, "0.9.0");

        assertThat(GradesCsv.render(List.of("ch01"), List.of(row)))
                .endsWith("carol,invalid,0,0,15,is an empty folder; made from workbook version 0.9.0\r\n");
    }

    private static int run(StringWriter out, String... args) {
        CommandLine line = HarnessCommand.commandLine();
        line.setOut(new PrintWriter(out));
        String[] all = new String[args.length + 1];
        all[0] = "gradebook";
        System.arraycopy(args, 0, all, 1, args.length);
        return line.execute(all);
    }

    private static void result(Path out, String name, double score, String fingerprint, String madeFrom)
            throws Exception {
        Path dir = Files.createDirectories(out.resolve(name));
        Files.writeString(dir.resolve("feedback.md"), "# Feedback: " + name + "\n");
        Files.writeString(dir.resolve("results.json"), """
                {"score": %s, "execution_time": 3, "tests": [],
                 "extra_data": {"submission": "%s", "status": "graded", "max_score": 15.0,
                   "fingerprint": "%s", %s"chapters": {"ch01": {"status": "graded", "score": %s, "max_score": 15.0}}}}
                """.formatted(score, name, fingerprint, madeFrom == null ? "" : "\"made_from\": \"" + madeFrom + "\", ",
                score));
    }
}
