package workbook.context;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import workbook.trace.SpanData;

/** Checks the shape of traces and, when one is wrong, prints which span and the whole tree. */
final class TraceShapes {

    private TraceShapes() {}

    /**
     * Every trace is exactly {@code chain}: one span per operation, the first a root, each next
     * one a child of the one before.
     */
    static void assertEachTraceIsTheChain(List<SpanData> spans, String... chain) {
        List<String> operations = List.of(chain);
        String tree = SpanTrees.render(spans);
        Map<String, SpanData> byId = spans.stream().collect(Collectors.toMap(SpanData::spanId, Function.identity()));
        List<SpanData> ordered = SpanTrees.inTreeOrder(spans);
        for (int i = 0; i < ordered.size(); i++) {
            SpanData span = ordered.get(i);
            int level = operations.indexOf(span.operationName());
            if (level < 0) {
                fail(String.format("[span %d] unexpected operation %s, expected one of %s%n%s",
                        i, span.operationName(), operations, tree));
            }
            String expectedParent = level == 0 ? "none (a root)" : operations.get(level - 1);
            String actualParent = span.parentSpanId() == null ? "none (a root)"
                    : byId.containsKey(span.parentSpanId()) ? byId.get(span.parentSpanId()).operationName()
                    : "a missing span " + span.parentSpanId();
            if (!expectedParent.equals(actualParent)) {
                fail(String.format("[span %d] %s: expected parent %s but was %s%n%s",
                        i, span.operationName(), expectedParent, actualParent, tree));
            }
        }
        spans.stream().collect(Collectors.groupingBy(SpanData::traceId, Collectors.counting()))
                .forEach((trace, count) -> {
                    if (count != operations.size()) {
                        fail(String.format("trace %s has %d spans, expected %d: %s%n%s",
                                trace, count, operations.size(), operations, tree));
                    }
                });
    }
}
