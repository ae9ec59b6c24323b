package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.sim.FailedRun;
import workbook.testkit.Printed;

/** The chapter's demo, which is provided code: it prints the reference's run, or which TODO it waits for. */
class DemoHiddenTest {

    @Test
    @DisplayName("provided code: the demo prints the seed's three traced requests as the reference does (it needs every TODO)")
    void demoPrintsTheReferenceRun() {
        String output = Printed.onSystemOut(() -> TracerDemo.run(System.out));

        assertThat(output).isEqualTo(Printed.onSystemOut(
                () -> reference.workbook.tracer.TracerDemo.main(new String[0])));
        assertThat(output).contains("Spans received: 9")
                .containsPattern("\\n  make_request +Client +CLIENT +0\\.\\d{3}s  \\(root\\)\\n"
                        + "  handle_request +OrderService +SERVER +0\\.\\d{3}s  parent make_request\\n"
                        + "  process_data +OrderService +INTERNAL +0\\.\\d{3}s  parent handle_request\\n");
        assertThat(output.split("\\nTrace [0-9a-f]{32}\\n", -1)).hasSize(4);
        assertThat(Printed.onSystemOut(() -> TracerDemo.main(new String[0]))).isEqualTo(output);
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO, thrown directly or by a process, and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        String next = " (../../mvnw test shows what is next)";

        assertThat(TracerDemo.notYet(new UnsupportedOperationException("TODO ch02.3 start a trace")))
                .contains("not yet: TODO ch02.3 start a trace" + next);
        assertThat(TracerDemo.notYet(FailedRun.of("client", new UnsupportedOperationException("TODO ch02.1 run code"))))
                .contains("not yet: TODO ch02.1 run code" + next);
        assertThat(TracerDemo.notYet(new UnsupportedOperationException("not supported"))).isEmpty();
        assertThat(TracerDemo.notYet(new UnsupportedOperationException())).isEmpty();
        assertThat(TracerDemo.notYet(
                FailedRun.of("client", new IllegalStateException("TODO ch02.1 run code")))).isEmpty();
        assertThat(TracerDemo.notYet(
                FailedRun.of("client", new UnsupportedOperationException("todo ch02.1")))).isEmpty();
    }
}
