package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.collector.TestSpans.TRACE_A;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.sim.FailedRun;
import workbook.testkit.Printed;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.traceview.ViewEvent;
import workbook.traceview.ViewSpan;

/** The demo's options and the trace page: provided code, no TODO's points. */
class DemoHiddenTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("provided code: the demo's --html FILE writes the waterfall page of its three traces (it needs every TODO)")
    void demoWritesThePage() throws IOException {
        Path page = dir.resolve("traces.html");

        String output = Printed.onSystemOut(() -> CollectorDemo.main(new String[] {"--html", page.toString()}));

        assertThat(output).isEqualTo(Printed.onSystemOut(() -> CollectorDemo.main(new String[0])) + System.lineSeparator()
                + "Wrote " + page + ": 3 traces, 9 spans; open it in a browser" + System.lineSeparator());
        String html = Files.readString(page);
        assertThat(html).contains("three requests through the collector",
                "ba419d350dfe8af7aee7bbe10c45c028", "46976cf7b0bfbe2076b20010c3185754", "2d68ad16268a478c982750f4569b5949");
    }

    @Test
    @DisplayName("provided code: the page shows every span received: complete and active traces, late spans marked, duplicates")
    void pageShowsEverySpanReceived() throws IOException {
        List<SpanData> request = TestSpans.seedRequest(TRACE_A, 0.0);
        List<CollectorRun.Arrival> arrivals = new java.util.ArrayList<>(CollectorRun.at(0.0, request));
        arrivals.addAll(CollectorRun.at(0.5, List.of(request.get(0))));
        arrivals.addAll(CollectorRun.at(5.0, List.of(TestSpans.span(TRACE_A, "d4", "b2", "late_write", 4.0, 4.5))));
        arrivals.addAll(CollectorRun.at(9.0, List.of(TestSpans.span(TestSpans.TRACE_B, "e5", null, "still_open", 8.0, 9.0))));
        TraceCollector collector = CollectorRun.run(1.0, arrivals, 9.5);
        assertThat(collector.lateSpans()).hasSize(1);
        assertThat(collector.duplicateSpans()).hasSize(1);
        assertThat(collector.activeTraces()).hasSize(1);
        Path page = dir.resolve("all.html");

        assertThat(TracePages.write(page, "every span", collector)).as("traces on the page").isEqualTo(2);

        String html = Files.readString(page);
        assertThat(html).contains("still_open", "late_write", "\"late\":true");
        assertThat(html.split("\"id\":\"" + request.get(0).spanId() + "\"", -1)).as("the duplicate drawn too").hasSize(3);
    }

    @Test
    @DisplayName("provided code: the demo refuses other arguments with its usage")
    void demoRefusesOtherArguments() {
        for (String[] args : List.of(new String[] {"--html"}, new String[] {"--svg", "x"}, new String[] {"a", "b", "c"})) {
            assertThatThrownBy(() -> CollectorDemo.main(args)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("usage: CollectorDemo [--html FILE], got " + List.of(args));
        }
    }

    @Test
    @DisplayName("provided code: the demo names an open TODO, thrown directly or by a process, and rethrows anything else")
    void demoSaysWhichTodoItWaitsFor() {
        String next = " (../../mvnw test shows what is next)";

        assertThat(CollectorDemo.notYet(new UnsupportedOperationException("TODO ch03.1 keep spans")))
                .contains("not yet: TODO ch03.1 keep spans" + next);
        assertThat(CollectorDemo.notYet(
                FailedRun.of("collector", new UnsupportedOperationException("TODO ch03.2 complete"))))
                .contains("not yet: TODO ch03.2 complete" + next);
        assertThat(CollectorDemo.notYet(new UnsupportedOperationException("not supported"))).isEmpty();
        assertThat(CollectorDemo.notYet(new UnsupportedOperationException())).isEmpty();
        assertThat(CollectorDemo.notYet(
                FailedRun.of("collector", new IllegalStateException("TODO ch03.2 complete")))).isEmpty();
    }

    @Test
    @DisplayName("provided code: the page marks a failed span with its error message, a late one as late, and keeps logs as events")
    void viewOfASpan() {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("error", true);
        tags.put("error.message", "connection refused");
        SpanData failed = new SpanData(TRACE_A, "00000000000000a1", null, "make_request", "Client", SpanKind.CLIENT,
                1.0, 1.5, tags, List.of(new SpanLog(1.25, "exception", Map.of("exception.type", "X"))));

        ViewSpan view = TracePages.view(failed, true);

        assertThat(view.error()).isTrue();
        assertThat(view.statusMessage()).isEqualTo("connection refused");
        assertThat(view.late()).isTrue();
        assertThat(view.kind()).isEqualTo("CLIENT");
        assertThat(view.events()).containsExactly(new ViewEvent(1_250_000_000L, "exception", Map.of("exception.type", "X")));

        ViewSpan fine = TracePages.view(TestSpans.span(TRACE_A, "b2", "a1", "handle_request", 1.0, 1.4), false);
        assertThat(fine.error()).isFalse();
        assertThat(fine.late()).isFalse();
        assertThat(fine.statusMessage()).isEmpty();
    }
}
