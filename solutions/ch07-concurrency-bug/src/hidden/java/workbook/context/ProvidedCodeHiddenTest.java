package workbook.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.sim.FailedRun;
import workbook.testkit.Printed;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

/** Provided code of chapter 07 that PIT's STRONGER group found unchecked. No TODO's points. */
class ProvidedCodeHiddenTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    @DisplayName("provided code: the demo's optional argument is the seed (it needs every TODO)")
    void demoTakesTheSeed() {
        String seven = Printed.onSystemOut(() -> ConcurrencyBugDemo.main(new String[0]));

        assertThat(Printed.onSystemOut(() -> ConcurrencyBugDemo.main(new String[] {"7"}))).isEqualTo(seven);
        String eleven = Printed.onSystemOut(() -> ConcurrencyBugDemo.main(new String[] {"11"}));
        assertThat(eleven).as("another seed, other IDs and times").isNotEqualTo(seven);
        assertThat(eleven.lines().filter(line -> line.startsWith("requests that saw another request's trace id: ")))
                .hasSize(2);
    }

    @Test
    @DisplayName("provided code: a per-thread run leaves chapter 02's global storage as it found it; a global run resets it")
    void onlyAGlobalRunResetsTheGlobalStorage() {
        workbook.trace.TraceContext leftBehind = workbook.trace.TraceContext.root(TRACE, "00f067aa0ba902b7");
        PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
        try {
            workbook.tracer.Storage.setContext(leftBehind);
            ConcurrentRequests.run(StorageKind.PER_THREAD, 7, 2, quiet);
            assertThat(workbook.tracer.Storage.getContext()).isEqualTo(leftBehind);

            ConcurrentRequests.run(StorageKind.GLOBAL, 7, 2, quiet);
            assertThat(workbook.tracer.Storage.getContext()).isNull();
        } finally {
            workbook.tracer.Storage.reset();
        }
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO met by a process and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        assertThat(ConcurrencyBugDemo.notYet(
                FailedRun.of("OrderService", new UnsupportedOperationException("TODO ch07.2 scopes"))))
                .contains("not yet: TODO ch07.2 scopes");
        assertThat(ConcurrencyBugDemo.notYet(
                FailedRun.of("OrderService", new IllegalStateException("TODO ch07.2 scopes")))).isEmpty();
    }

    @Test
    @DisplayName("provided code: a handler that saw no context did not see another trace")
    void seeingNothingIsNotSeeingAnotherTrace() {
        assertThat(new Sighting("req_1", TRACE, null, 0.0).sawAnotherTrace()).isFalse();
        assertThat(new Sighting("req_1", TRACE, TRACE, 0.0).sawAnotherTrace()).isFalse();
        assertThat(new Sighting("req_1", TRACE, "0af7651916cd43dd8448eb211c80319c", 0.0).sawAnotherTrace()).isTrue();
    }

    @Test
    @DisplayName("provided code: span trees show an orphan at the top level of its trace, never drop it")
    void spanTreesKeepOrphans() {
        SpanData root = span("00f067aa0ba902b7", null, "make_request", 0.0, 1.0);
        SpanData orphan = span("b7ad6b7169203331", "53995c3f42cd8ad8", "handle_request", 0.5, 0.9);

        assertThat(SpanTrees.inTreeOrder(List.of(orphan, root))).containsExactly(root, orphan);
        assertThat(SpanTrees.render(List.of(orphan, root))).isEqualTo("trace " + TRACE + "\n"
                + "  [span 0] make_request (client-1) 0.000-1.000\n"
                + "  [span 1] handle_request (client-1) 0.500-0.900\n");
    }

    private static SpanData span(String spanId, String parent, String operation, double start, double end) {
        return new SpanData(TRACE, spanId, parent, operation, "client-1", SpanKind.INTERNAL, start, end, Map.of(),
                List.of());
    }
}
