package workbook.spancost;

import java.util.List;
import java.util.Map;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;

/**
 * What many spans have in common: the same operation in the same service, of the same kind,
 * with the same tags and logs ({@code handle_request} in {@code OrderService},
 * {@code success=true}). {@link CompactTailBuffer} keeps one of each and a reference from every
 * span that has it, instead of two names, a map and a list per span.
 *
 * <p>Immutable (the tag map and log list come from an immutable {@code SpanData}).
 */
record SpanShape(String operationName, String serviceName, SpanKind kind, Map<String, Object> tags,
                 List<SpanLog> logs) {
}
