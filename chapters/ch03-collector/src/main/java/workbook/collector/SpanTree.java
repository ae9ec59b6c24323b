package workbook.collector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import workbook.trace.SpanData;
import workbook.trace.Trace;

/**
 * A trace printed as the tree its parent links make: each span on its own line, children
 * indented two spaces under their parent, siblings in start-time order (ties by span ID), so
 * the text is the same whatever order the spans arrived in.
 *
 * <pre>
 * make_request [Client] 0.320s
 *   handle_request [OrderService] 0.320s
 *     process_data [OrderService] 0.087s
 * </pre>
 *
 * A span whose parent is not in the trace is an <em>orphan</em>: its parent was lost, or has
 * not arrived yet. It is printed at the top level, marked, so that no span ever disappears
 * from the printout. A failed span ({@code error=true}) shows its error message.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpanTree {

    /** Orders siblings: earliest start first, ties by span ID, never by arrival. */
    static final Comparator<SpanData> START_ORDER =
            Comparator.comparingDouble(SpanData::startTime).thenComparing(SpanData::spanId);

    private SpanTree() {}

    /** The spans whose parent span ID is set but not in the trace, in start order. */
    public static List<SpanData> orphans(Trace trace) {
        // TODO ch03.3: Report late spans and orphans
        //   Hint: receiveLate: keep a late span in lateSpans and log it, never add it to its completed trace nor drop it; orphans: spans whose parent is missing from their trace (docs/ch03-collector.md#ch033).
        throw new UnsupportedOperationException("TODO ch03.3: Report late spans and orphans");
    }

    /** The trace as an indented tree, one line per span, each line ending in a newline. */
    public static String render(Trace trace) {
        // TODO ch03.4: Print a trace as a span tree
        //   Hint: Children two spaces deeper than their parent, siblings by start time then span ID, one line per span from SpanTree.line (docs/ch03-collector.md#ch034).
        throw new UnsupportedOperationException("TODO ch03.4: Print a trace as a span tree");
    }

    private static void append(StringBuilder out, SpanData span, int depth, String note,
                               Map<String, List<SpanData>> children, Set<String> printed) {
        if (!printed.add(span.spanId())) {
            return;
        }
        out.append("  ".repeat(depth)).append(line(span)).append(note).append('\n');
        List<SpanData> below = new ArrayList<>(children.getOrDefault(span.spanId(), List.of()));
        below.sort(START_ORDER);
        for (SpanData child : below) {
            append(out, child, depth + 1, "", children, printed);
        }
    }

    /** One span: {@code operation [service] 0.123s}, and its error message if it failed. */
    static String line(SpanData span) {
        String text = String.format(Locale.ROOT, "%s [%s] %.3fs", span.operationName(), span.serviceName(),
                span.duration());
        if (Boolean.TRUE.equals(span.tags().get("error"))) {
            text += " ERROR " + span.tags().getOrDefault("error.message", "");
        }
        return text;
    }
}
