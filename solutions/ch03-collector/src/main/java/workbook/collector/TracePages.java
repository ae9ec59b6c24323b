package workbook.collector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workbook.trace.SpanData;
import workbook.trace.SpanLog;
import workbook.trace.Trace;
import workbook.traceview.TracePage;
import workbook.traceview.ViewSpan;

/**
 * A run's spans drawn as the workbook's trace view: one HTML page with a waterfall per trace,
 * to open in a browser. The demos' {@code --html FILE} option writes it.
 *
 * <p>Stateless; read the collector after its run.
 */
public final class TracePages {

    private TracePages() {}

    /**
     * Writes every span the collector received: completed traces, traces still active, and
     * late and duplicate spans, late ones marked, so the page accounts for every span as the
     * report does.
     *
     * @return how many traces the page shows
     */
    public static int write(Path file, String title, TraceCollector... collectors) throws IOException {
        List<ViewSpan> spans = new ArrayList<>();
        for (TraceCollector collector : collectors) {
            for (Trace trace : collector.completedTraces()) {
                trace.spans().forEach(span -> spans.add(view(span, false)));
            }
            for (Trace trace : collector.activeTraces()) {
                trace.spans().forEach(span -> spans.add(view(span, false)));
            }
            collector.lateSpans().forEach(span -> spans.add(view(span, true)));
            collector.duplicateSpans().forEach(span -> spans.add(view(span, false)));
        }
        TracePage.write(file, title, spans);
        return (int) spans.stream().map(ViewSpan::traceId).distinct().count();
    }

    /** One span as the view shows it; the seed's {@code error} tag marks a failed span. */
    public static ViewSpan view(SpanData span, boolean late) {
        ViewSpan.Builder view = ViewSpan.builder(span.traceId(), span.spanId(), span.operationName(), span.serviceName())
                .parent(span.parentSpanId())
                .kind(span.kind().name())
                .seconds(span.startTime(), span.endTime())
                .attributes(span.tags())
                .late(late);
        if (Boolean.TRUE.equals(span.tags().get("error"))) {
            view.error(String.valueOf(span.tags().getOrDefault("error.message", "")));
        }
        for (SpanLog log : span.logs()) {
            view.event(ViewSpan.nanos(log.timestamp()), log.message(), log.fields());
        }
        return view.build();
    }
}
