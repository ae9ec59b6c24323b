package workbook.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcessCensusTest {

    @Test
    void leftoverProcessesAreStoppedAndGoneBeforeTheNextTestIsCounted() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sleep")) || Files.isExecutable(Path.of("/usr/bin/sleep")),
                "needs a sleep command");
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder("sleep", "1000").start();
        }

        assertThat(ProcessCensus.stopLeftovers())
                .singleElement().asString()
                .startsWith("started 3 processes that were still running after the test, so they were stopped")
                .endsWith("sleep 1000'");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(ProcessCensus.stopLeftovers()).isEmpty();
    }

    @Test
    void aTestThatLeftNothingRunningGetsNoMessage() {
        assertThat(ProcessCensus.stopLeftovers()).isEmpty();
    }
}
