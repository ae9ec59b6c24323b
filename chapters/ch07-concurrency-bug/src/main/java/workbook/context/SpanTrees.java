package workbook.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import workbook.trace.SpanData;

/**
 * Prints spans as one indented tree per trace, each span numbered, so that a failure message can
 * say {@code [span 2] expected parent handle_request but was make_request} and the reader can
 * find span 2 in the tree below it.
 *
 * <p>Thread safety: stateless.
 */
public final class SpanTrees {

    private static final Comparator<SpanData> BY_START =
            Comparator.comparingDouble(SpanData::startTime).thenComparing(SpanData::spanId);

    private SpanTrees() {}

    /**
     * The spans in the order {@link #render} prints them: traces by their earliest span, and in
     * each trace every span after its parent, siblings by start time. A span whose parent is not
     * among {@code spans} counts as a root.
     */
    public static List<SpanData> inTreeOrder(Collection<SpanData> spans) {
        Map<String, List<SpanData>> byTrace = new LinkedHashMap<>();
        spans.stream().sorted(BY_START)
                .forEach(span -> byTrace.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span));
        List<SpanData> ordered = new ArrayList<>(spans.size());
        for (List<SpanData> trace : byTrace.values()) {
            Set<String> ids = new HashSet<>();
            trace.forEach(span -> ids.add(span.spanId()));
            Map<String, List<SpanData>> children = new HashMap<>();
            List<SpanData> roots = new ArrayList<>();
            for (SpanData span : trace) {
                if (span.parentSpanId() != null && ids.contains(span.parentSpanId())) {
                    children.computeIfAbsent(span.parentSpanId(), id -> new ArrayList<>()).add(span);
                } else {
                    roots.add(span);
                }
            }
            roots.forEach(root -> addSubtree(root, children, ordered));
        }
        return ordered;
    }

    /**
     * One block per trace, e.g.
     *
     * <pre>
     * trace 4bf92f3577b34da6a3ce929d0e0e4736
     *   [span 0] make_request (client-1) 0.000-0.412
     *   [span 1]   handle_request (OrderService) 0.000-0.400
     * </pre>
     */
    public static String render(Collection<SpanData> spans) {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> depth = new HashMap<>();
        String trace = null;
        int index = 0;
        for (SpanData span : inTreeOrder(spans)) {
            if (!span.traceId().equals(trace)) {
                trace = span.traceId();
                out.append("trace ").append(trace).append('\n');
            }
            int level = span.parentSpanId() == null ? 0 : depth.getOrDefault(span.parentSpanId(), -1) + 1;
            depth.put(span.spanId(), level);
            out.append(String.format(Locale.ROOT, "  [span %d] %s%s (%s) %.3f-%.3f%n", index++, "  ".repeat(level),
                    span.operationName(), span.serviceName(), span.startTime(), span.endTime()));
        }
        return out.toString();
    }

    private static void addSubtree(SpanData span, Map<String, List<SpanData>> children, List<SpanData> out) {
        out.add(span);
        for (SpanData child : children.getOrDefault(span.spanId(), List.of())) {
            addSubtree(child, children, out);
        }
    }
}
