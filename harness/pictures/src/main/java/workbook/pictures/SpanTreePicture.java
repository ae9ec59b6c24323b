package workbook.pictures;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import workbook.collector.TracePages;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.traceview.ViewTrace;
import workbook.tracer.SimpleClient;
import workbook.tracer.SimpleService;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/** Chapter 02: the seed's request (Client -> OrderService), one span per traced call, as a tree. */
final class SpanTreePicture {

    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private SpanTreePicture() {}

    static Picture draw() {
        List<SpanData> spans = new ArrayList<>();
        Storage.reset();
        Storage.setCollector(spans::add);
        try (Environment env = new Environment(42)) {
            Tracer tracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", tracer, QUIET);
            new SimpleClient(env, "Client", service, tracer, 1, QUIET);
            env.run();
        } finally {
            Storage.reset();
        }
        ViewTrace trace = ViewTrace.group(spans.stream().map(span -> TracePages.view(span, false)).toList()).get(0);

        long from = trace.startNanos();
        long to = trace.endNanos();
        long margin = (to - from) / 20;
        Waterfall waterfall = new Waterfall(20, 52, 250, 440, 48, from - margin, to + margin);
        String description = "The span tree of one request of the seed's scenario (chapter 02's reference, seed 42): "
                + trace.rows().stream().map(row -> "  ".repeat(row.depth()) + row.span().name() + " in "
                        + row.span().service() + " (" + row.span().kind() + ", "
                        + Waterfall.milliseconds(row.span().durationNanos()) + ")")
                        .collect(Collectors.joining("; ")) + ". Each child span starts and ends within its parent.";
        Svg svg = new Svg(760, 52 + 26 + 48 * trace.spanCount() + 30, "The seed's request as a span tree", description);
        svg.text(20, 24, "One request of the seed's scenario: three spans, one trace", "font-size=\"15\" font-weight=\"700\"");
        svg.text(20, 42, "chapter 02 reference, seed 42 \u00b7 trace " + trace.traceId(), "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        waterfall.axis(svg, from, 0.05, trace.spanCount());
        waterfall.spans(svg, trace);
        svg.text(waterfall.barsLeft, 52 + 26 + 48 * trace.spanCount() + 18,
                "time since the request started; each child starts and ends inside its parent",
                "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        return new Picture("ch02-span-tree.svg", "ch02-tracer.md", svg.toString());
    }
}
