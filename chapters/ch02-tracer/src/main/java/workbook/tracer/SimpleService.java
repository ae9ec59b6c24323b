package workbook.tracer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import workbook.sim.Environment;
import workbook.sim.Process;
import workbook.sim.Queue;
import workbook.trace.TraceContext;

/**
 * The seed's {@code SimpleService}: a simulated service that takes requests from its inbox,
 * handles each in a {@code handle_request} span and does the work in a nested
 * {@code process_data} span, without a line of span code: the tracer's proxy does it all.
 *
 * <p>The expected trace of one request is {@code make_request → handle_request →
 * process_data}. The seed sets the request's context <em>inside</em> the traced
 * {@code handle_request}, after the tracer has made {@code handle_request}'s own context
 * current, so it throws that context away and {@code process_data} hangs off the client's span.
 *
 * <p>Thread safety: a simulation process; confined to its environment's baton.
 */
public final class SimpleService extends Process implements RequestHandler, ServiceNamed {

    private final String serviceName;
    private final Queue<ServiceRequest> requestQueue;
    private final PrintStream log;
    /** This service seen through the tracer: calls through it are traced, calls on {@code this} are not. */
    private final RequestHandler self;

    /**
     * @param serviceName the name on the service's spans and log lines, such as {@code OrderService}
     * @param tracer      traces {@link #handleRequest} and {@link #processData}
     * @param log         where progress lines such as {@code [1.5] OrderService: Processing Request(req_1)} go
     */
    @SuppressWarnings("this-escape") // safe: the proxy only calls back once the process runs
    public SimpleService(Environment env, String serviceName, Tracer tracer, PrintStream log) {
        super(env, serviceName);
        this.serviceName = serviceName;
        this.requestQueue = new Queue<>(env);
        this.log = Objects.requireNonNull(log, "log");
        this.self = Objects.requireNonNull(tracer, "tracer").traced(RequestHandler.class, this);
    }

    /** The service's inbox: clients put their requests here. */
    public Queue<ServiceRequest> requestQueue() {
        return requestQueue;
    }

    @Override
    public String serviceName() {
        return serviceName;
    }

    @Override
    protected void run() {
        log.printf(Locale.ROOT, "[%.1f] %s started%n", now(), serviceName);
        while (true) {
            ServiceRequest request = requestQueue.get();
            // TODO ch02.6: Parent process_data to handle_request
            //   Hint: Run the tests and read the spans they print: whose child is process_data? (docs/ch02-tracer.md#ch026).
            self.handleRequest(request);
        }
    }

    /** Handles one request: called through {@link #self}, so it runs in a {@code handle_request} span. */
    @Override
    public void handleRequest(ServiceRequest request) {
        log.printf(Locale.ROOT, "[%.1f] %s: Processing Request(%s)%n", now(), serviceName, request.requestId());
        // TODO ch02.6: Parent process_data to handle_request
        //   Hint: Run the tests and read the spans they print: whose child is process_data? (docs/ch02-tracer.md#ch026).
        Storage.setContext(request.context()); // the seed's line: "set context for nested calls"
        timeout(env().uniform(0.1, 0.3));
        String data = self.processData(request.payload());
        request.responseQueue().put(new ServiceResponse(request.requestId(), true, data));
    }

    /** The work: called through {@link #self}, so it runs in a {@code process_data} span. */
    @Override
    public String processData(String payload) {
        timeout(env().uniform(0.05, 0.15));
        return "processed(" + payload + ")";
    }
}
