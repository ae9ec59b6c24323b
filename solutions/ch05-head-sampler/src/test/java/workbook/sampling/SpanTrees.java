package workbook.sampling;

import java.util.List;
import workbook.trace.SpanData;

/** Prints recorded spans for failure messages: one line per span, indexed, with its parent's name. */
final class SpanTrees {

    private SpanTrees() {}

    static String describe(List<SpanData> spans) {
        if (spans.isEmpty()) {
            return "no spans were recorded";
        }
        StringBuilder out = new StringBuilder("recorded spans:");
        for (int i = 0; i < spans.size(); i++) {
            SpanData span = spans.get(i);
            out.append(String.format("%n  [span %d] %s (%s) id=%s parent=%s", i, span.operationName(),
                    span.serviceName(), span.spanId(), parentName(spans, span)));
        }
        return out.toString();
    }

    private static String parentName(List<SpanData> spans, SpanData span) {
        if (span.parentSpanId() == null) {
            return "none (root)";
        }
        return spans.stream()
                .filter(candidate -> candidate.spanId().equals(span.parentSpanId()))
                .map(SpanData::operationName)
                .findFirst()
                .orElse(span.parentSpanId() + " (not recorded)");
    }
}
