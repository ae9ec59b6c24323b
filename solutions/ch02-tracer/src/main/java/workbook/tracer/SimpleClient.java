package workbook.tracer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import workbook.sim.Environment;
import workbook.sim.Process;
import workbook.sim.Queue;
import workbook.trace.SpanKind;

/**
 * The seed's {@code SimpleClient}: every 1.5 simulated seconds it sends a request to a
 * {@link SimpleService} and waits for the answer, each request in the root span of a new
 * trace ({@link Tracer#traceRoot}, the seed's {@code @trace_root("make_request")}). The
 * request carries the root span's context, so the service's spans join the client's trace.
 *
 * <p>Thread safety: a simulation process; confined to its environment's baton.
 */
public final class SimpleClient extends Process {

    /** The simulated seconds the client waits before each request, as in the seed. */
    public static final double PAUSE = 1.5;

    private final SimpleService service;
    private final Tracer tracer;
    private final int requests;
    private final PrintStream log;
    private final List<ServiceResponse> responses = new ArrayList<>();

    /**
     * @param name     the client's name, also the service name on its spans, such as {@code Client}
     * @param service  where the requests go
     * @param requests how many requests to send, {@code req_1} to {@code req_<requests>}; at least 0
     * @param log      where lines such as {@code [1.5] Client: Starting request req_1} go
     */
    public SimpleClient(Environment env, String name, SimpleService service, Tracer tracer, int requests,
                        PrintStream log) {
        super(env, name);
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be >= 0, got " + requests);
        }
        this.service = Objects.requireNonNull(service, "service");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        this.requests = requests;
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The responses received so far, in order (read-only view). */
    public List<ServiceResponse> responses() {
        return Collections.unmodifiableList(responses);
    }

    @Override
    protected void run() {
        for (int i = 1; i <= requests; i++) {
            timeout(PAUSE);
            responses.add(makeRequest("req_" + i));
        }
    }

    private ServiceResponse makeRequest(String requestId) {
        return tracer.traceRoot("make_request", name(), SpanKind.CLIENT, () -> {
            log.printf(Locale.ROOT, "%n[%.1f] %s: Starting request %s%n", now(), name(), requestId);
            Queue<ServiceResponse> responseQueue = new Queue<>(env());
            service.requestQueue().put(
                    new ServiceRequest(requestId, Storage.getContext(), "request_" + requestId, responseQueue));
            return responseQueue.get();
        });
    }
}
