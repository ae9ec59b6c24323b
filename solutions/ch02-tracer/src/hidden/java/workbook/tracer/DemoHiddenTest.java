package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.sim.Environment;
import workbook.sim.SimulationException;

/** The chapter's demo, which is provided code: it prints the reference's run, or which TODO it waits for. */
class DemoHiddenTest {

    @Test
    @DisplayName("provided code: the demo prints the seed's three traced requests as the reference does (it needs every TODO)")
    void demoPrintsTheReferenceRun() {
        String output = printedBy(() -> TracerDemo.run(System.out));

        assertThat(output).isEqualTo(printedBy(() -> reference.workbook.tracer.TracerDemo.main(new String[0])));
        assertThat(output).contains("Spans received: 9")
                .containsPattern("\\n  make_request +Client +CLIENT +0\\.\\d{3}s  \\(root\\)\\n"
                        + "  handle_request +OrderService +SERVER +0\\.\\d{3}s  parent make_request\\n"
                        + "  process_data +OrderService +INTERNAL +0\\.\\d{3}s  parent handle_request\\n");
        assertThat(output.split("\\nTrace [0-9a-f]{32}\\n", -1)).hasSize(4);
        assertThat(printedBy(() -> TracerDemo.main(new String[0]))).isEqualTo(output);
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO, thrown directly or by a process, and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        String next = " (../../mvnw test shows what is next)";

        assertThat(TracerDemo.notYet(new UnsupportedOperationException("TODO ch02.3 start a trace")))
                .contains("not yet: TODO ch02.3 start a trace" + next);
        assertThat(TracerDemo.notYet(failedRun(new UnsupportedOperationException("TODO ch02.1 run code"))))
                .contains("not yet: TODO ch02.1 run code" + next);
        assertThat(TracerDemo.notYet(new UnsupportedOperationException("not supported"))).isEmpty();
        assertThat(TracerDemo.notYet(new UnsupportedOperationException())).isEmpty();
        assertThat(TracerDemo.notYet(failedRun(new IllegalStateException("TODO ch02.1 run code")))).isEmpty();
        assertThat(TracerDemo.notYet(failedRun(new UnsupportedOperationException("todo ch02.1")))).isEmpty();
    }

    private static SimulationException failedRun(RuntimeException cause) {
        Environment env = new Environment(1);
        env.process("client", () -> {
            throw cause;
        });
        return catchThrowableOfType(SimulationException.class, env::run);
    }

    private static String printedBy(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            program.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
