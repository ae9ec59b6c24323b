package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFoldersTest {

    @TempDir
    Path temporary;

    @Test
    void onlyTheFoldersOfEndedRunsAreDeleted() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            Path mine = Files.createDirectories(temporary.resolve("workbook-grade-" + ProcessHandle.current().pid() + "-a"));
            Path running = Files.createDirectories(temporary.resolve("workbook-grade-" + other.pid() + "-b"));
            Path killed = Files.createDirectories(temporary.resolve("workbook-grade-" + ended.pid() + "-c"));
            Files.writeString(killed.resolve("Span.java"), "left behind");
            Path notOurs = Files.createDirectories(temporary.resolve("workbook-grade-x"));

            int deleted = ScratchFolders.deleteEnded(temporary);

            assertThat(deleted).isEqualTo(1);
            assertThat(killed).doesNotExist();
            assertThat(mine).exists();
            assertThat(running).exists();
            assertThat(notOurs).exists();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aNewScratchFolderIsNamedAfterThisProcess() throws Exception {
        Path scratch = ScratchFolders.create();
        try {
            assertThat(scratch.getFileName().toString())
                    .startsWith("workbook-grade-" + ProcessHandle.current().pid() + "-");
        } finally {
            Files.delete(scratch);
        }
    }
}
