package workbook.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workbook.collector.CollectorRun.at;
import static workbook.collector.TestSpans.TRACE_A;
import static workbook.collector.TestSpans.TRACE_B;
import static workbook.collector.TestSpans.seedRequest;
import static workbook.collector.TestSpans.span;
import static workbook.collector.TestSpans.trace;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.collector.CollectorRun.Arrival;
import workbook.sim.Environment;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

/** Hidden examples: the corners of assembly, completeness, late spans, trees and summaries. */
class CollectorHiddenTest {

    private static final String TRACE_C = "000000000000000000000000000000c3";

    // ---- ch03.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch03.1")
    @DisplayName("ch03.1 a span of an unknown trace after the others completed opens a new trace, not a late span")
    void spanOfAnUnknownTraceOpensANewTrace() {
        List<Arrival> arrivals = new ArrayList<>(at(1.0, seedRequest(TRACE_A, 1.0)));
        arrivals.add(new Arrival(9.0, span(TRACE_B, "d4", "e5", "process_data", 8.0, 9.0)));

        TraceCollector collector = CollectorRun.run(1.0, arrivals);

        assertThat(collector.lateSpans()).as(CollectorRun.describe(collector)).isEmpty();
        assertThat(collector.activeTraces()).extracting(Trace::traceId).containsExactly(TRACE_B);
        assertThat(collector.completedTraces()).extracting(Trace::traceId).containsExactly(TRACE_A);
        assertThat(collector.spansReceived()).isEqualTo(4);
    }

    @Test
    @Tag("ch03.1")
    @Tag("ch03.3")
    @DisplayName("ch03.1 a span received again after its trace completed is late, not a duplicate")
    void repeatAfterCompletionIsLate() {
        SpanData root = span(TRACE_A, "a1", null, "make_request", 1.0, 1.4);
        List<Arrival> arrivals = new ArrayList<>(at(1.0, List.of(root)));
        arrivals.add(new Arrival(3.0, root));

        TraceCollector collector = CollectorRun.run(1.0, arrivals);

        assertThat(collector.lateSpans()).containsExactly(root);
        assertThat(collector.duplicateSpans()).isEmpty();
        assertThat(collector.completedTraces().get(0).spans()).containsExactly(root);
    }

    @Test
    @Tag("ch03.1")
    @DisplayName("ch03.1 a null span is rejected when it is sent")
    void nullSpanIsRejected() {
        try (Environment env = new Environment(1)) {
            TraceCollector collector = new TraceCollector(env, CollectorSettings.defaults());
            assertThatThrownBy(() -> collector.accept(null)).isInstanceOf(NullPointerException.class);
            collector.accept(seedRequest(TRACE_A, 0.0).get(2));
            assertThat(collector.spanQueue().size()).isEqualTo(1);
            env.run();
            assertThat(collector.spansReceived()).isEqualTo(1);
            assertThat(collector.settings().quietPeriod()).isEqualTo(CollectorSettings.DEFAULT_QUIET_PERIOD);
        }
    }

    // ---- ch03.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 the quiet period is validated and honoured")
    void quietPeriodIsValidatedAndHonoured() {
        for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new CollectorSettings(bad, CollectorRun.QUIET))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quietPeriod");
        }
        assertThatThrownBy(() -> CollectorSettings.defaults().withLog(null)).isInstanceOf(NullPointerException.class);
        assertThat(CollectorSettings.defaults().withQuietPeriod(0.5).quietPeriod()).isEqualTo(0.5);

        List<Arrival> arrivals = at(1.0, seedRequest(TRACE_A, 1.0));
        assertThat(CollectorRun.run(0.5, arrivals, 1.49).tracesCompleted()).isZero();
        assertThat(CollectorRun.run(0.5, arrivals, 1.51).tracesCompleted()).isEqualTo(1);
        assertThat(CollectorRun.run(3.0, arrivals, 3.99).tracesCompleted()).isZero();
        assertThat(CollectorRun.run(3.0, arrivals, 4.01).tracesCompleted()).isEqualTo(1);
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 a late root completes its trace a quiet period after it arrives")
    void lateRootCompletesItsTrace() {
        List<SpanData> request = seedRequest(TRACE_A, 1.0);
        List<Arrival> arrivals = new ArrayList<>(at(1.0, request.subList(0, 2)));
        arrivals.add(new Arrival(4.0, request.get(2)));

        assertThat(CollectorRun.run(1.0, arrivals, 4.99).tracesCompleted()).isZero();
        TraceCollector collector = CollectorRun.run(1.0, arrivals, 5.01);
        assertThat(collector.completedTraces()).hasSize(1);
        assertThat(collector.completedTraces().get(0).spanCount()).isEqualTo(3);
        assertThat(collector.lateSpans()).isEmpty();
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 traces complete in the order their quiet periods end, each once")
    void tracesCompleteInDeadlineOrder() {
        List<Arrival> arrivals = new ArrayList<>();
        arrivals.addAll(at(1.0, seedRequest(TRACE_B, 1.0)));
        arrivals.addAll(at(1.0, seedRequest(TRACE_C, 1.0)));
        arrivals.add(new Arrival(1.5, span(TRACE_B, "f6", "a1", "retry", 1.0, 1.5)));
        arrivals.addAll(at(1.6, seedRequest(TRACE_A, 1.6)));

        TraceCollector collector = CollectorRun.run(1.0, arrivals);

        assertThat(collector.completedTraces()).extracting(Trace::traceId).containsExactly(TRACE_C, TRACE_B, TRACE_A);
        assertThat(collector.tracesCompleted()).isEqualTo(3);
        assertThat(collector.activeTraces()).isEmpty();
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 the seed's demo prints three trees and the totals")
    void reportOfTheSeedScenario() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        CollectorReport.print(SeedScenario.run(42, 3, out), out);

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Traces completed: 3", "Spans received: 9", "Late spans: 0");
        assertThat(text.lines().filter(line -> line.startsWith("make_request [Client]"))).hasSize(3);
        assertThat(text.lines().filter(line -> line.startsWith("    process_data [OrderService]"))).hasSize(3);
        assertThat(text.lines().filter(line -> line.contains("TraceCollector: trace") && line.endsWith("complete, 3 spans")))
                .hasSize(3);
    }

    @Test
    @Tag("ch03.2")
    @DisplayName("ch03.2 the demo prints what the chapter's doc shows, and leaves no global state behind")
    void demoPrintsWhatTheDocShows() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            CollectorDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("""
                [0.0] OrderService started
                [0.0] TraceCollector started

                [1.5] Client: Starting request req_1
                [1.5] OrderService: Processing Request(req_1)
                [2.8] TraceCollector: trace ba419d350dfe8af7aee7bbe10c45c028 complete, 3 spans

                [3.3] Client: Starting request req_2
                [3.3] OrderService: Processing Request(req_2)
                [4.6] TraceCollector: trace 46976cf7b0bfbe2076b20010c3185754 complete, 3 spans

                [5.1] Client: Starting request req_3
                [5.1] OrderService: Processing Request(req_3)
                [6.4] TraceCollector: trace 2d68ad16268a478c982750f4569b5949 complete, 3 spans

                ============================================================
                Decorator-Based Tracing Results:
                ============================================================
                Traces completed: 3
                Spans received: 9
                Late spans: 0
                Duplicate spans: 0
                Active traces: 0

                Trace ba419d350dfe8af7aee7bbe10c45c028: 0.320s, 3 spans, slowest make_request
                make_request [Client] 0.320s
                  handle_request [OrderService] 0.320s
                    process_data [OrderService] 0.087s

                Trace 46976cf7b0bfbe2076b20010c3185754: 0.276s, 3 spans, slowest make_request
                make_request [Client] 0.276s
                  handle_request [OrderService] 0.276s
                    process_data [OrderService] 0.089s

                Trace 2d68ad16268a478c982750f4569b5949: 0.260s, 3 spans, slowest make_request
                make_request [Client] 0.260s
                  handle_request [OrderService] 0.260s
                    process_data [OrderService] 0.125s
                """.lines().toArray(String[]::new));
        assertThat(workbook.tracer.Storage.getCollector()).as("the scenario leaves no collector behind").isNull();
        assertThat(workbook.tracer.Storage.getContext()).isNull();
    }

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 the report accounts for every span: orphans, late and duplicate spans, active traces")
    void reportAccountsForEverySpan() {
        List<Arrival> arrivals = new ArrayList<>(at(1.0, List.of(
                span(TRACE_A, "a1", null, "make_request", 1.0, 1.4),
                span(TRACE_A, "a1", null, "make_request", 1.0, 1.4),
                span(TRACE_A, "b2", "99", "orphan_op", 1.1, 1.3),
                span(TRACE_B, "c3", "b2", "process_data", 1.2, 1.3))));
        arrivals.add(new Arrival(5.0, span(TRACE_A, "c3", "a1", "late_op", 1.2, 4.9)));
        arrivals.add(new Arrival(6.0, span(TRACE_C, "a1", null, "root_c", 5.5, 6.0)));
        TraceCollector collector = CollectorRun.run(1.0, arrivals, 6.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        CollectorReport.print(collector, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly("""

                ============================================================
                Decorator-Based Tracing Results:
                ============================================================
                Traces completed: 1
                Spans received: 6
                Late spans: 1
                Duplicate spans: 1
                Active traces: 2

                Trace 000000000000000000000000000000a1: 0.400s, 2 spans, slowest make_request
                make_request [OrderService] 0.400s
                orphan_op [OrderService] 0.200s (orphan: parent 0000000000000099 never arrived)
                  (1 orphan span)

                Late span of trace 000000000000000000000000000000a1: late_op [OrderService] 3.700s

                Still active: trace 000000000000000000000000000000b2, 1 span, waiting for its root span
                process_data [OrderService] 0.100s (orphan: parent 00000000000000b2 never arrived)

                Still active: trace 000000000000000000000000000000c3, 1 span, in its quiet period
                root_c [OrderService] 0.500s
                """.lines().toArray(String[]::new));
    }

    // ---- ch03.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 late spans are kept in arrival order and the report lists them")
    void lateSpansAreKeptInArrivalOrder() {
        List<Arrival> arrivals = new ArrayList<>(at(1.0, seedRequest(TRACE_A, 1.0).subList(2, 3)));
        SpanData first = span(TRACE_A, "e1", "a1", "late_one", 1.0, 3.0);
        SpanData second = span(TRACE_A, "e2", "a1", "late_two", 1.0, 2.5);
        arrivals.add(new Arrival(3.0, first));
        arrivals.add(new Arrival(30.0, second));

        TraceCollector collector = CollectorRun.run(1.0, arrivals);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CollectorReport.print(collector, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(collector.lateSpans()).containsExactly(first, second);
        assertThat(collector.completedTraces().get(0).spanCount()).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Late spans: 2", "late_one", "late_two");
    }

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 orphans come in start order; roots and empty traces have none")
    void orphansInStartOrder() {
        Trace trace = trace(List.of(
                span(TRACE_A, "a1", null, "root", 0.0, 5.0),
                span(TRACE_A, "b2", "ff", "later_orphan", 2.0, 3.0),
                span(TRACE_A, "b3", "ee", "earlier_orphan", 1.0, 3.0),
                span(TRACE_A, "b4", "b2", "child_of_orphan", 2.0, 2.5)));

        assertThat(SpanTree.orphans(trace)).extracting(SpanData::operationName)
                .containsExactly("earlier_orphan", "later_orphan");
        assertThat(SpanTree.orphans(new Trace(TRACE_A))).isEmpty();
    }

    // ---- ch03.4 -------------------------------------------------------------------------

    @Test
    @Tag("ch03.4")
    @DisplayName("ch03.4 failed spans show their error; ties in start time go by span ID; an empty trace prints nothing")
    void errorsTiesAndEmptyTraces() {
        SpanData failed = new SpanData(TRACE_A, "00000000000000b2", "00000000000000a1", "charge", "Billing",
                SpanKind.CLIENT, 1.0, 1.5, Map.of("error", true, "error.message", "card declined"), List.of());
        Trace trace = trace(List.of(
                span(TRACE_A, "b3", "a1", "second", 1.0, 1.25),
                failed,
                span(TRACE_A, "a1", null, "root", 1.0, 2.0)));

        assertThat(SpanTree.render(trace)).isEqualTo("""
                root [OrderService] 1.000s
                  charge [Billing] 0.500s ERROR card declined
                  second [OrderService] 0.250s
                """);
        assertThat(SpanTree.render(new Trace(TRACE_A))).isEmpty();
    }

    @Test
    @Tag("ch03.4")
    @DisplayName("ch03.4 every span is printed once: several roots, an orphan's children, a parent cycle")
    void everySpanIsPrintedOnce() {
        Trace trace = trace(List.of(
                span(TRACE_A, "a1", null, "first_root", 0.0, 1.0),
                span(TRACE_A, "a2", null, "second_root", 0.5, 1.0),
                span(TRACE_A, "b1", "99", "orphan", 0.2, 0.4),
                span(TRACE_A, "b2", "b1", "orphans_child", 0.3, 0.4),
                span(TRACE_A, "c1", "c2", "loop_a", 0.6, 0.7),
                span(TRACE_A, "c2", "c1", "loop_b", 0.6, 0.7)));

        assertThat(SpanTree.render(trace)).isEqualTo("""
                first_root [OrderService] 1.000s
                orphan [OrderService] 0.200s (orphan: parent 0000000000000099 never arrived)
                  orphans_child [OrderService] 0.100s
                second_root [OrderService] 0.500s
                loop_a [OrderService] 0.100s (in a parent cycle)
                  loop_b [OrderService] 0.100s
                """);
    }

    // ---- ch03.5 -------------------------------------------------------------------------

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 no traces, no summaries; ties below the top go to the shallower, then the earlier span")
    void summaryCorners() {
        assertThat(TraceSummary.of(List.of())).isEmpty();

        Trace trace = trace(List.of(
                span(TRACE_A, "a1", null, "root", 0.0, 1.0),
                span(TRACE_A, "b1", "a1", "deep_parent", 0.0, 0.5),
                span(TRACE_A, "b2", "b1", "deep_child", 0.2, 0.7),
                span(TRACE_A, "b3", "a1", "late_sibling", 0.5, 1.5)));
        TraceSummary summary = TraceSummary.of(trace);
        assertThat(summary.slowestSpan()).isEqualTo("root");
        assertThat(summary.duration()).isEqualTo(1.5);

        Trace orphans = trace(List.of(
                span(TRACE_B, "b2", "b1", "child", 0.0, 1.0),
                span(TRACE_B, "b1", "ff", "orphan", 0.5, 1.5)));
        assertThat(TraceSummary.of(orphans)).isEqualTo(new TraceSummary(TRACE_B, 1.5, 2, "orphan"));

        Trace equal = trace(List.of(
                span(TRACE_C, "a1", null, "root", 0.0, 2.0),
                span(TRACE_C, "b2", "a1", "later", 1.0, 1.5),
                span(TRACE_C, "b1", "a1", "earlier", 0.5, 1.0)));
        assertThat(TraceSummary.of(equal).slowestSpan()).isEqualTo("root");
        Trace siblings = trace(List.of(
                span(TRACE_C, "b2", "a0", "later", 1.0, 1.5),
                span(TRACE_C, "b1", "a0", "earlier", 0.5, 1.0)));
        assertThat(TraceSummary.of(siblings).slowestSpan()).isEqualTo("earlier");

        Trace loop = trace(List.of(
                span(TRACE_C, "0a", "0b", "loop_a", 0.0, 1.0),
                span(TRACE_C, "0b", "0a", "loop_b", 0.0, 1.0),
                span(TRACE_C, "ff", null, "root", 0.0, 1.0),
                span(TRACE_C, "0c", "ff", "child", 0.0, 1.0)));
        assertThat(TraceSummary.of(loop).slowestSpan()).as("parent links in a loop end the count").isEqualTo("root");

        Trace deep = trace(List.of(
                span(TRACE_C, "0a", "99", "orphan_top", 0.0, 1.0),
                span(TRACE_C, "0b", "0a", "depth_one", 0.5, 2.5),
                span(TRACE_C, "0c", "0b", "depth_two", 0.4, 2.4)));
        assertThat(TraceSummary.of(deep).slowestSpan()).as("depth 1 beats depth 2, though depth 2 starts earlier")
                .isEqualTo("depth_one");
    }

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 an orphan counts no ancestors: tied with the root, the earlier of the two is the slowest")
    void anOrphanCountsNoAncestorsInTheTrace() {
        Trace trace = trace(List.of(
                span(TRACE_A, "a1", null, "root", 1.0, 2.0),
                span(TRACE_A, "b1", "ff", "orphan", 0.5, 1.5)));

        assertThat(TraceSummary.of(trace).slowestSpan()).isEqualTo("orphan");
    }

    @Test
    @Tag("ch03.5")
    @DisplayName("ch03.5 equally long, deep and early spans: the smaller span ID is the slowest, in either arrival order")
    void lastTieGoesToTheSmallerSpanId() {
        SpanData smaller = span(TRACE_A, "b1", "a1", "smaller_id", 0.5, 1.5);
        SpanData larger = span(TRACE_A, "b2", "a1", "larger_id", 0.5, 1.5);
        SpanData root = span(TRACE_A, "a1", null, "root", 0.0, 0.5);

        assertThat(TraceSummary.of(trace(List.of(root, smaller, larger))).slowestSpan()).isEqualTo("smaller_id");
        assertThat(TraceSummary.of(trace(List.of(root, larger, smaller))).slowestSpan()).isEqualTo("smaller_id");
    }

    @Test
    @Tag("ch03.3")
    @DisplayName("ch03.3 a late span is logged as the doc shows: its arrival time, the collector, 'late span' and its ID")
    void lateSpanIsLogged() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SpanData late = span(TRACE_A, "e1", "a1", "late_one", 1.0, 3.0);
        try (Environment env = new Environment(1)) {
            TraceCollector collector = new TraceCollector(env,
                    new CollectorSettings(1.0, new PrintStream(log, true, StandardCharsets.UTF_8)));
            env.process("services", () -> {
                env.timeout(1.0);
                seedRequest(TRACE_A, 1.0).forEach(collector::accept);
                env.timeout(4.0);
                collector.accept(late);
            });
            env.run();
        }

        assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("late span")))
                .singleElement().satisfies(line -> assertThat(line)
                        .startsWith("[5.0] TraceCollector: late span ").contains(late.spanId()));
    }
}
