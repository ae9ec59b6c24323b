package workbook.propagation;

import java.io.PrintStream;
import java.util.Objects;
import workbook.sampling.Sampler;
import workbook.trace.IdGenerator;
import workbook.tracer.SpanSink;

/**
 * What a {@link SampledService} needs to take part in traces, injected rather than global:
 * the seed reached for its module-level {@code Storage} and {@code generate_id} instead.
 * One instance is usually shared by all the services of a simulation.
 *
 * <p>Immutable; its parts are as thread-safe as they are (a simulation uses them from one
 * process at a time).
 *
 * @param propagator how context is written into and read from request headers
 * @param sampler    asked once per trace, by the service that starts it
 * @param ids        where new trace and span IDs come from, e.g. {@code IdGenerator.random(env.random())}
 * @param sink       where finished spans go, e.g. a {@code TraceCollector}
 * @param log        where services write what they do (and which headers they send)
 */
public record ServiceTracing(Propagator propagator, Sampler sampler, IdGenerator ids, SpanSink sink, PrintStream log) {

    public ServiceTracing {
        Objects.requireNonNull(propagator, "propagator");
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(log, "log");
    }
}
