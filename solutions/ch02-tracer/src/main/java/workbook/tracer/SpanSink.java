package workbook.tracer;

import workbook.trace.SpanData;

/**
 * Where finished spans go: the seed's {@code collector.span_queue.put(span)}. The tracer
 * hands every span it finishes to the sink in {@link Storage#getCollector()}; chapter 03's
 * {@code TraceCollector} is one, a test's {@code List::add} is another.
 *
 * <p>An implementation must accept spans in any order (children usually finish first) and
 * must not block: it is called from inside the traced code, at the instant the span ends.
 */
@FunctionalInterface
public interface SpanSink {

    /** Takes one finished, immutable span. */
    void accept(SpanData span);
}
