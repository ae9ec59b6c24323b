package workbook.pictures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.propagation.ServiceChain;
import workbook.propagation.ServiceTracing;
import workbook.sampling.HeadSampler;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.TraceContext;

/**
 * Chapter 06: exercise 2's chain, Client -> ServiceA -> ServiceB -> Database, with W3C Trace
 * Context. Each arrow carries the {@code traceparent} header the caller injected: the same trace
 * ID all the way, and as parent ID the caller's own span ID, so each span's parent is the span of
 * the service that called it.
 */
final class HeadersPicture {

    private HeadersPicture() {}

    /** Propagator that remembers, per injecting span, the headers it wrote. */
    private static final class Recording implements Propagator {
        private final Propagator inner = Propagator.w3c();
        final Map<String, Headers> injectedBySpan = new LinkedHashMap<>();

        @Override
        public Headers inject(TraceContext context, Headers headers) {
            Headers written = inner.inject(context, headers);
            injectedBySpan.put(context.spanId(), written);
            return written;
        }

        @Override
        public Optional<TraceContext> extract(Headers headers) {
            return inner.extract(headers);
        }
    }

    static Picture draw() {
        Recording propagator = new Recording();
        List<SpanData> spans = new ArrayList<>();
        try (Environment env = new Environment(16)) {
            ServiceTracing tracing = new ServiceTracing(propagator, new HeadSampler(1.0, env.random()),
                    IdGenerator.random(env.random()), spans::add, SpanTreePicture.QUIET);
            ServiceChain.start(env, tracing, 1);
            env.run();
        }
        List<String> services = ServiceChain.SERVICES;
        List<SpanData> chain = new ArrayList<>();
        for (String service : services) {
            chain.add(spans.stream().filter(span -> span.serviceName().equals(service)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no span of " + service + " in the run")));
        }
        String traceId = chain.get(0).traceId();

        double[] lane = {80, 300, 560, 820};
        String[] names = {"Client", services.get(0), services.get(1), services.get(2)};
        String traceColour = Svg.PALETTE[0];
        String[] spanColour = {Svg.MUTED, Svg.PALETTE[1], Svg.PALETTE[2], Svg.PALETTE[3]};
        StringBuilder description = new StringBuilder("Sequence diagram of one request of exercise 2 (chapter 06 reference,"
                + " seed 16, W3C Trace Context). The client calls ServiceA without trace headers, so ServiceA starts trace "
                + traceId + " and records the root span " + chain.get(0).spanId() + ".");
        Svg body = new Svg(940, 0, "Trace context headers crossing three services", "");
        body.text(20, 24, "One request, three services: the traceparent header carries the trace across",
                "font-size=\"15\" font-weight=\"700\"");
        body.text(20, 42, "chapter 06 reference, seed 16, W3C Trace Context \u00b7 trace " + traceId,
                "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        double top = 58;
        for (int i = 0; i < lane.length; i++) {
            body.rect(lane[i] - 62, top, 124, 28, "#f6f8fa", "stroke=\"" + Svg.LINE + "\" rx=\"4\"");
            body.text(lane[i], top + 19, names[i], "font-weight=\"700\" text-anchor=\"middle\"");
            body.line(lane[i], top + 28, lane[i], top + 360, "#9aa5b1", "stroke-dasharray=\"3 4\"");
        }
        double y = top + 70;
        body.arrow(lane[0], y, lane[1] - 3, y, Svg.INK);
        body.text((lane[0] + lane[1]) / 2, y - 8, "request, no trace headers", "font-size=\"11\" text-anchor=\"middle\" fill=\"" + Svg.MUTED + "\"");
        for (int i = 0; i < chain.size(); i++) {
            SpanData span = chain.get(i);
            double x = lane[i + 1];
            double boxY = y + 14;
            body.rect(x - 92, boxY, 184, 58, "#ffffff", "stroke=\"" + spanColour[i + 1] + "\" stroke-width=\"2\" rx=\"4\"");
            body.text(x, boxY + 17, span.operationName(), "font-size=\"12\" font-weight=\"700\" text-anchor=\"middle\"");
            body.runs(x, boxY + 33, "font-size=\"11\" text-anchor=\"middle\" " + Svg.MONO,
                    new String[] {"span ", Svg.MUTED}, new String[] {span.spanId(), spanColour[i + 1]});
            body.runs(x, boxY + 49, "font-size=\"11\" text-anchor=\"middle\" " + Svg.MONO,
                    new String[] {"parent ", Svg.MUTED},
                    new String[] {span.isRoot() ? "none (root)" : span.parentSpanId(), span.isRoot() ? Svg.MUTED : spanColour[i]});
            if (i + 1 < chain.size()) {
                Headers headers = propagator.injectedBySpan.get(span.spanId());
                String traceparent = headers.values("traceparent").get(0);
                String[] parts = traceparent.split("-");
                double arrowY = boxY + 58 + 34;
                body.arrow(x, arrowY, lane[i + 2] - 3, arrowY, Svg.INK);
                body.runs((x + lane[i + 2]) / 2, arrowY - 8, "font-size=\"10.5\" text-anchor=\"middle\" " + Svg.MONO,
                        new String[] {"traceparent: " + parts[0] + "-", Svg.INK}, new String[] {parts[1], traceColour},
                        new String[] {"-", Svg.INK}, new String[] {parts[2], spanColour[i + 1]},
                        new String[] {"-" + parts[3], Svg.INK});
                description.append(" ").append(names[i + 1]).append(" calls ").append(names[i + 2])
                        .append(" with traceparent ").append(traceparent).append(": the same trace ID, and its own span ID "
                        + span.spanId() + " as the parent ID; ").append(names[i + 2]).append(" records span ")
                        .append(chain.get(i + 1).spanId()).append(" with that parent.");
                y = arrowY;
            }
        }
        double height = y + 150;
        body.text(20, height - 40, "traceparent = version - trace ID (blue: the same in every service) - parent ID"
                + " (the caller's span ID, in the caller's colour) - flags", "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        body.text(20, height - 22, "Each service extracts the header, starts its span as a child of the caller's span,"
                + " and injects its own span ID downstream.", "font-size=\"11\" fill=\"" + Svg.MUTED + "\"");
        body.finish(height, description.toString());
        return new Picture("ch06-headers.svg", "ch06-propagation.md", body.toString());
    }
}
