package workbook.pictures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import workbook.collector.CollectorSettings;
import workbook.collector.SeedScenario;
import workbook.collector.TraceCollector;
import workbook.collector.TracePages;
import workbook.sim.Environment;
import workbook.trace.SpanData;
import workbook.traceview.ViewSpan;
import workbook.traceview.ViewTrace;

/**
 * Chapter 03: when the collector calls a trace complete. The seed's request (seed 42) is run,
 * then its spans are sent to a fresh {@link TraceCollector} at the times they finished, except
 * {@code process_data}, whose export is held up for {@value #DELAY} s: the trace completes one
 * quiet period after the last span arrived, and {@code process_data} arrives after that, late.
 */
final class QuietPeriodPicture {

    static final double DELAY = 1.6;
    static final String DELAYED = "process_data";

    private QuietPeriodPicture() {}

    record Arrival(double time, SpanData span) {}

    static Picture draw() {
        SpanData[] seed = SeedScenario.run(42, 1, SpanTreePicture.QUIET).completedTraces().get(0).spans()
                .toArray(SpanData[]::new);
        List<Arrival> arrivals = new ArrayList<>();
        for (SpanData span : seed) {
            arrivals.add(new Arrival(span.endTime() + (span.operationName().equals(DELAYED) ? DELAY : 0), span));
        }
        arrivals.sort(Comparator.comparingDouble(Arrival::time));

        double quiet = CollectorSettings.DEFAULT_QUIET_PERIOD;
        double[] completedAt = {Double.NaN};
        TraceCollector collector;
        try (Environment env = new Environment(1)) {
            collector = new TraceCollector(env, CollectorSettings.defaults().withLog(SpanTreePicture.QUIET));
            TraceCollector sink = collector;
            env.process("exporter", () -> {
                for (Arrival arrival : arrivals) {
                    env.timeout(arrival.time() - env.now());
                    sink.accept(arrival.span());
                }
            });
            env.process("watcher", () -> { // notes when the trace completes, to the hundredth of a second
                while (sink.completedTraces().isEmpty() && env.now() < 10) {
                    env.timeout(0.01);
                }
                completedAt[0] = env.now();
            });
            env.run();
        }
        if (collector.lateSpans().size() != 1 || collector.completedTraces().size() != 1) {
            throw new IllegalStateException("expected one completed trace and one late span, got "
                    + collector.completedTraces().size() + " and " + collector.lateSpans().size());
        }
        SpanData late = collector.lateSpans().get(0);
        List<ViewSpan> spans = new ArrayList<>();
        for (SpanData span : seed) {
            spans.add(TracePages.view(span, span.spanId().equals(late.spanId())));
        }
        ViewTrace trace = ViewTrace.group(spans).get(0);
        double lastOnTime = arrivals.stream().filter(a -> a.span() != late).mapToDouble(Arrival::time).max().orElseThrow();
        double lateArrival = arrivals.stream().filter(a -> a.span() == late).findFirst().orElseThrow().time();

        long zero = trace.startNanos();
        double t0 = zero / 1e9;
        long from = zero - ViewSpan.nanos(0.1);
        long to = ViewSpan.nanos(lateArrival + 0.35);
        int rows = trace.spanCount();
        Waterfall w = new Waterfall(20, 56, 200, 520, 52, from, to);
        double bottom = w.y(rows - 1) + 34;
        String description = String.format(Locale.ROOT, "Timeline of the seed's request (seed 42) reaching the collector."
                + " The spans end by %.2f s after the request started; make_request and handle_request reach the"
                + " collector as they end; process_data's export is held up %.1f s. The collector waits a quiet period"
                + " of %.1f s after the last arrival and completes the trace at %.2f s with %d spans; process_data"
                + " arrives at %.2f s, after the trace is complete, and is reported as a late span rather than dropped"
                + " or added.", (trace.endNanos() - zero) / 1e9, DELAY, quiet, completedAt[0] - t0,
                collector.completedTraces().get(0).spanCount(), lateArrival - t0);
        Svg svg = new Svg(780, bottom + 62, "The collector's quiet period, and a late span", description);
        svg.text(20, 24, "A trace completes one quiet period after its last span arrived", "font-size=\"15\" font-weight=\"700\"");
        svg.text(20, 42, "chapter 03 reference, seed 42; process_data's export held up " + DELAY + " s",
                "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        // The quiet period: from the last span that arrived in time to the completion.
        double q1 = w.x(ViewSpan.nanos(lastOnTime));
        double q2 = w.x(ViewSpan.nanos(completedAt[0]));
        svg.rect(q1, w.top + 20, q2 - q1, bottom - w.top - 20, "#eef6ee", "");
        svg.text((q1 + q2) / 2, bottom - 6, String.format(Locale.ROOT, "quiet period %.1f s", quiet),
                "font-size=\"11\" fill=\"#2e7d32\" text-anchor=\"middle\"");
        w.axis(svg, zero, 0.5, rows);
        w.spans(svg, trace, false);
        // Arrivals: a diamond where each span reaches the collector.
        for (int i = 0; i < rows; i++) {
            ViewSpan span = trace.rows().get(i).span();
            double arrival = arrivals.stream().filter(a -> a.span().spanId().equals(span.spanId())).findFirst()
                    .orElseThrow().time();
            double x = w.x(ViewSpan.nanos(arrival));
            double y = w.y(i);
            boolean isLate = span.late();
            String colour = isLate ? Svg.ERROR : Svg.INK;
            if (arrival > span.endNanos() / 1e9 + 1e-9) {
                svg.line(w.x(span.endNanos()) + 2, y, x - 7, y, colour, "stroke-dasharray=\"4 3\"");
            }
            svg.path("M" + Svg.n(x) + " " + Svg.n(y - 7) + " L" + Svg.n(x + 7) + " " + Svg.n(y) + " L" + Svg.n(x) + " "
                    + Svg.n(y + 7) + " L" + Svg.n(x - 7) + " " + Svg.n(y) + " Z", "fill=\"" + colour + "\"");
            if (isLate) {
                svg.text(x - 10, y - 12, "\u26a0 late: arrives after the trace completed; reported, not added",
                        "font-size=\"11\" font-weight=\"600\" fill=\"" + Svg.ERROR + "\" text-anchor=\"end\"");
            }
        }
        svg.line(q2, w.top + 20, q2, bottom, "#2e7d32", "stroke-width=\"2\"");
        svg.text(q2 + 4, w.top + 34, "trace complete (" + collector.completedTraces().get(0).spanCount() + " spans)",
                "font-size=\"11\" font-weight=\"600\" fill=\"#2e7d32\"");
        double legendY = bottom + 26;
        svg.path("M26 " + Svg.n(legendY - 6) + " L32 " + Svg.n(legendY) + " L26 " + Svg.n(legendY + 6) + " L20 "
                + Svg.n(legendY) + " Z", "fill=\"" + Svg.INK + "\"");
        svg.text(38, legendY + 4, "the span reaches the collector", "font-size=\"11\"");
        svg.rect(230, legendY - 6, 26, 12, "#0072b2", "rx=\"2\"");
        svg.text(262, legendY + 4, "the span's own start to end", "font-size=\"11\"");
        svg.text(20, legendY + 24, String.format(Locale.ROOT, "Collector: %d spans received, %d in the completed trace, %d late",
                collector.spansReceived(), collector.completedTraces().get(0).spanCount(), collector.lateSpans().size()),
                "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        return new Picture("ch03-quiet-period.svg", "ch03-collector.md", svg.toString());
    }
}
