package workbook.tailsampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import workbook.sampling.HeadSampler;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.trace.Span;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * A shop's checkout traffic, simulated: requests arrive at random, each one a process that makes
 * three spans, {@code checkout} (the web front end, the root), {@code handle_order}
 * (OrderService) and {@code query} (Database). A few queries are slow, a few orders fail, as the
 * {@link TrafficProfile} says. Every span goes to the sink the moment it finishes, children
 * before their parent, as a collector receives them.
 *
 * <p>A head sampler is asked once per request, when it starts, and its answer is recorded with
 * the request; the spans are sent either way, so a tail sampler sees the same traffic.
 *
 * <p>Thread safety: confined to its simulation.
 */
public final class CheckoutTraffic {

    /** Spans per request: checkout, handle_order, query. */
    public static final int SPANS_PER_REQUEST = 3;

    private final Environment env;
    private final TrafficProfile profile;
    private final HeadSampler head;
    private final Consumer<SpanData> sink;
    private final IdGenerator ids;
    private final List<CheckoutRequest> requests = new ArrayList<>();
    private int started;
    private int inFlight;

    /**
     * Schedules the traffic in {@code env}; it runs when the environment does.
     *
     * @param env     the simulation: its clock, and its random source for arrivals, latencies,
     *                failures and IDs
     * @param profile how much traffic and how much of it goes wrong
     * @param head    asked once per request as it starts (it has its own random source)
     * @param sink    receives every span as it finishes
     */
    public CheckoutTraffic(Environment env, TrafficProfile profile, HeadSampler head, Consumer<SpanData> sink) {
        this.env = Objects.requireNonNull(env, "env");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.head = Objects.requireNonNull(head, "head");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.ids = IdGenerator.random(env.random());
        env.process("load-generator", this::generate);
    }

    /** True once every request has started and finished. */
    public boolean isOver() {
        return started == profile.requests() && inFlight == 0;
    }

    /** The requests finished so far, in the order they finished. */
    public List<CheckoutRequest> requests() {
        return Collections.unmodifiableList(requests);
    }

    private void generate() {
        for (int i = 1; i <= profile.requests(); i++) {
            started++;
            inFlight++;
            env.process("checkout-" + i, this::checkout);
            env.timeout(-Math.log(1 - env.random().nextDouble()) / profile.requestsPerSecond());
        }
    }

    private void checkout() {
        boolean slow = env.random().nextDouble() < profile.slowFraction();
        boolean failed = env.random().nextDouble() < profile.failureFraction();
        boolean headSampled = head.shouldSample();

        Span checkout = Span.start(TraceContext.root(ids.newTraceId(), ids.newSpanId()), "checkout", "web",
                SpanKind.CLIENT, env::now);
        env.timeout(env.uniform(0.002, 0.01));
        Span order = Span.start(checkout.context().child(ids.newSpanId()), "handle_order", "OrderService",
                SpanKind.SERVER, env::now);
        Span query = Span.start(order.context().child(ids.newSpanId()), "query", "Database", SpanKind.CLIENT,
                env::now);
        env.timeout(slow ? env.uniform(1.0, 2.0) : env.uniform(0.01, 0.05));
        finish(query);
        env.timeout(env.uniform(0.001, 0.005));
        if (failed) {
            order.tag(ErrorPolicy.ERROR_TAG, true).tag("error.message", "payment declined");
        }
        finish(order);
        env.timeout(env.uniform(0.002, 0.01));
        finish(checkout);

        requests.add(new CheckoutRequest(checkout.traceId(), slow, failed, headSampled, SPANS_PER_REQUEST));
        inFlight--;
    }

    private void finish(Span span) {
        span.finish();
        sink.accept(span.toData());
    }
}
