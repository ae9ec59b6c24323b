package workbook.sampling;

import workbook.trace.TraceContext;

/**
 * The work done inside a span, given the context to pass on to whatever it calls. For an
 * unsampled request that context says so ({@code sampled() == false}), and the work passes
 * it on unchanged.
 *
 * @param <T> what the work returns
 * @param <E> what it may throw, so callers keep their checked exceptions
 */
@FunctionalInterface
public interface TracedWork<T, E extends Exception> {

    T run(TraceContext context) throws E;
}
