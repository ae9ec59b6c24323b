package workbook.propagation;

import java.util.List;
import java.util.Objects;
import workbook.sim.Environment;
import workbook.sim.Queue;
import workbook.tracer.ServiceResponse;

/**
 * The seed's exercise 2: a client calls ServiceA, which calls ServiceB, which calls the
 * Database. The client sends no trace context, so ServiceA starts each trace and makes
 * the sampling decision; a sampled trace has three spans in three levels, each one's
 * parent being the span of the service that called it.
 *
 * <p>Thread safety: builds simulation processes; use it on the thread that runs the
 * environment, before {@code env.run()}.
 */
public final class ServiceChain {

    /** The services in calling order. */
    public static final List<String> SERVICES = List.of("ServiceA", "ServiceB", "Database");

    /** Seconds the client waits before each request, as the seed's client does. */
    public static final double REQUEST_INTERVAL = 1.5;

    private final SampledService front;

    private ServiceChain(SampledService front) {
        this.front = front;
    }

    /**
     * Creates the three services and a client that sends {@code requests} requests without
     * trace context, one after another, each {@link #REQUEST_INTERVAL} seconds after the
     * previous answer. Run the environment afterwards.
     */
    public static ServiceChain start(Environment env, ServiceTracing tracing, int requests) {
        Objects.requireNonNull(env, "env");
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be >= 0, got " + requests);
        }
        SampledService database = new SampledService(env, SERVICES.get(2), tracing);
        SampledService serviceB = new SampledService(env, SERVICES.get(1), tracing, database);
        SampledService serviceA = new SampledService(env, SERVICES.get(0), tracing, serviceB);
        env.process("Client", () -> {
            for (int i = 1; i <= requests; i++) {
                env.timeout(REQUEST_INTERVAL);
                Queue<ServiceResponse> replies = new Queue<>(env);
                serviceA.requestQueue().put(new PropagatedRequest("req_" + i, "request_req_" + i, Headers.empty(), replies));
                replies.get();
            }
        });
        return new ServiceChain(serviceA);
    }

    /** The service the client calls: the one that starts every trace. */
    public SampledService front() {
        return front;
    }
}
