package workbook.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbook.testkit.SpanTreeDiff;
import workbook.testkit.SpanTreeDiff.Node;
import workbook.trace.SpanData;

/** Checks the shape of traces and, when one is wrong, shows the expected and the actual trees. */
final class TraceShapes {

    private TraceShapes() {}

    /**
     * Every trace is exactly {@code chain}: one span per operation, the first a root, each next
     * one a child of the one before. Each trace's tree is built from its own spans only, so a
     * span that joined another request's trace shows up as an orphan, or in the wrong tree.
     */
    static void assertEachTraceIsTheChain(List<SpanData> spans, String... chain) {
        Map<String, List<SpanData>> byTrace = new LinkedHashMap<>();
        spans.forEach(span -> byTrace.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span));
        List<Node> actual = new ArrayList<>();
        byTrace.values().forEach(trace -> actual.addAll(
                SpanTreeDiff.of(trace, SpanData::spanId, SpanData::parentSpanId, SpanData::operationName)));
        SpanTreeDiff.assertSameTree("each of the " + byTrace.size() + " traces is " + String.join(" -> ", chain),
                Collections.nCopies(byTrace.size(), Node.chain(chain)), actual);
    }
}
