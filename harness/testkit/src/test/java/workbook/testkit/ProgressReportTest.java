package workbook.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.testkit.fixture.SampleChapter;

class ProgressReportTest {

    @TempDir
    Path dir;

    @Test
    void reportHasOneLinePerTodoAndTheNextTodosWholeStubMessage() throws IOException {
        Path file = dir.resolve("progress.txt");

        runSampleChapter(file);

        assertThat(SampleChapter.RAN).as("tests run in TODO order").containsExactly("ch09.1", "ch09.2", "ch09.3", "ch09.4");
        String nl = System.lineSeparator();
        assertThat(Files.readString(file)).isEqualTo("# failures 3\n" + nl
                + "Workbook progress: 1 of 4 TODOs done" + nl
                + "  [ ] ch09.1  0/1 tests pass  not started" + nl
                + "  [x] ch09.2  1/1 tests pass" + nl
                + "  [ ] ch09.3  0/1 tests pass" + nl
                + "  [ ] ch09.4  0/1 tests pass  needs ch09.1 first" + nl
                + "Next: ch09.1, not started; first failing test: \"is not started\"" + nl
                + "    TODO ch09.1: Do the first thing" + nl
                + "    with a second line" + nl
                + nl);
    }

    @Test
    void printsTheReportThenFailsTheBuildWhenTestsFailedAndLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("progress.txt");
        Files.writeString(file, "# failures 2\nWorkbook progress: 0 of 1 TODOs done\n");

        String printed = capturingStdout(() -> assertThatThrownBy(() -> ProgressReport.main(new String[] {file.toString()}))
                .hasMessage("2 tests failed: the progress report above says which TODO is next")
                .hasToString("2 tests failed: the progress report above says which TODO is next"));

        assertThat(printed).isEqualTo("Workbook progress: 0 of 1 TODOs done\n");
        assertThat(file).doesNotExist();
    }

    @Test
    void withoutAReportThereIsNothingToSay() throws IOException {
        String printed = capturingStdout(() -> {
            try {
                ProgressReport.main(new String[] {dir.resolve("absent.txt").toString()});
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(printed).isEmpty();
    }

    private static void runSampleChapter(Path file) {
        SampleChapter.RAN.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SampleChapter.class))
                .configurationParameters(TestSettings.load())
                .build();
        String before = System.getProperty(TodoProgressListener.FILE_PROPERTY);
        System.setProperty(TodoProgressListener.FILE_PROPERTY, file.toString());
        try {
            LauncherFactory.create().execute(request);
        } finally {
            if (before == null) {
                System.clearProperty(TodoProgressListener.FILE_PROPERTY);
            } else {
                System.setProperty(TodoProgressListener.FILE_PROPERTY, before);
            }
        }
    }

    private static String capturingStdout(Runnable code) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            code.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
