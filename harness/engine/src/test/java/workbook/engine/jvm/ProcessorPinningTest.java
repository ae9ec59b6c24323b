package workbook.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessorPinningTest {

    private final ProcessorPinning pinning = new ProcessorPinning(Path.of("/usr/bin/taskset"), List.of(2, 3, 5));

    @Test
    void readsLinuxProcessorLists() {
        assertThat(ProcessorPinning.parseList(" 0-1\n")).containsExactly(0, 1);
        assertThat(ProcessorPinning.parseList("0-3,8,10-11")).containsExactly(0, 1, 2, 3, 8, 10, 11);
        assertThat(ProcessorPinning.parseList("7")).containsExactly(7);
        assertThat(ProcessorPinning.parseList("")).isEmpty();
        assertThat(ProcessorPinning.parseList("0-x")).as("unreadable: nothing is pinned").isEmpty();
    }

    @Test
    void eachJvmGetsTheLeastUsedProcessor() {
        List<ProcessorPinning.Lease> leases = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            leases.add(pinning.take());
        }
        assertThat(leases).extracting(ProcessorPinning.Lease::processor).containsExactly(2, 3, 5, 2);

        leases.get(1).close();
        assertThat(pinning.take().processor()).as("the processor freed first").isEqualTo(3);
    }

    @Test
    void closingALeaseTwiceReleasesItOnce() {
        ProcessorPinning.Lease first = pinning.take();
        ProcessorPinning.Lease second = pinning.take();
        first.close();
        first.close();

        assertThat(pinning.take().processor()).isEqualTo(2);
        assertThat(pinning.take().processor()).as("2 is taken again, 3 still held: 5 is the least used").isEqualTo(5);
        assertThat(second.processor()).isEqualTo(3);
    }

    @Test
    void aPinnedCommandRunsThroughTaskset() {
        ProcessorPinning.Lease lease = pinning.take();

        assertThat(lease.pin(List.of("bwrap", "--unshare-pid", "java", "-version")))
                .containsExactly("/usr/bin/taskset", "--cpu-list", "2", "bwrap", "--unshare-pid", "java", "-version");
    }

    @Test
    void aJvmAloneIsNotPinned() {
        assertThat(ProcessorPinning.forJobs(1)).as("one job never keeps two or more processors busy").isEmpty();
        assertThat(ProcessorPinning.status(java.util.Optional.empty())).isEqualTo("test JVMs use every processor");
    }
}
