package workbook.context;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import workbook.sim.Environment;
import workbook.sim.Queue;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.Storage;

/**
 * The seed's exercise 3, made deterministic: clients send requests to {@code OrderService} at the
 * same simulated times, and the service handles each request in a process of its own, as an async
 * service runs one task per request. Inside {@code handle_request} the handler yields once
 * ({@code timeout(0)}: the other processes due now run first) and then looks at its current
 * context. With a global slot the context it finds is whichever request set the slot last; with
 * a slot per process it is always its own.
 *
 * <p>Each request makes three spans: {@code make_request} (the client's root),
 * {@code handle_request} and {@code process_data}. Request {@code i} starts at
 * {@code 0.1 × k} seconds with {@code k} drawn from {@code [0, max(1, requests / 2))}, so with two
 * requests both start at 0.0, and with more, several start together.
 *
 * <p>Thread safety: each run is confined to its own simulation.
 */
public final class ConcurrentRequests {

    private static final String SERVICE = "OrderService";

    private final Environment env;
    private final Tracing tracing;
    private final PrintStream log;
    private final Queue<Request> inbox;
    private final List<Sighting> sightings = new ArrayList<>();
    private final List<SpanData> spans = new ArrayList<>();

    /** A request as it travels to the service: the context rides along with it. */
    private record Request(String id, TraceContext context, Queue<String> reply) {}

    private ConcurrentRequests(Environment env, StorageKind storage, PrintStream log) {
        this.env = env;
        this.log = log;
        this.inbox = new Queue<>(env);
        this.tracing = storage.newTracing(env::now, IdGenerator.random(env.random()), spans::add);
    }

    /**
     * Runs the scenario once.
     *
     * @param storage  where the tracer keeps the current context
     * @param seed     the simulation's seed: the same seed gives the same run
     * @param requests how many requests, at least 1
     * @param log      receives a line per request sent and per sighting
     * @throws IllegalArgumentException if {@code requests < 1}
     */
    public static ScenarioResult run(StorageKind storage, long seed, int requests, PrintStream log) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(log, "log");
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1, got " + requests);
        }
        try (Environment env = new Environment(seed)) {
            ConcurrentRequests scenario = new ConcurrentRequests(env, storage, log);
            return scenario.simulate(storage, requests);
        } finally {
            if (storage == StorageKind.GLOBAL) {
                Storage.reset(); // leave no global state behind for whatever runs next
            }
        }
    }

    private ScenarioResult simulate(StorageKind storage, int requests) {
        env.process(SERVICE, this::dispatch);
        int startSlots = Math.max(1, requests / 2);
        for (int i = 1; i <= requests; i++) {
            int client = i;
            double start = 0.1 * env.random().nextInt(startSlots);
            env.process("client-" + client, () -> sendRequest(client, start));
        }
        env.run();
        return new ScenarioResult(storage, sightings, spans);
    }

    /** The service's main loop: one handler process per request. */
    private void dispatch() {
        while (true) {
            Request request = inbox.get();
            env.process(SERVICE + "/" + request.id(), () -> handle(request));
        }
    }

    private void sendRequest(int client, double start) {
        env.timeout(start);
        String name = "client-" + client;
        String requestId = "req-" + client;
        tracing.traceRoot("make_request", name, SpanKind.CLIENT, () -> {
            TraceContext context = tracing.currentContext();
            log.printf(Locale.ROOT, "[%.3f] %s sends %s in trace %s%n", env.now(), name, requestId,
                    shortId(context.traceId()));
            Queue<String> reply = new Queue<>(env);
            inbox.put(new Request(requestId, context, reply));
            reply.get();
            return null;
        });
    }

    private void handle(Request request) {
        Sighting sighting = tracing.inContext(request.context(), () ->
                tracing.inSpan("handle_request", SERVICE, SpanKind.SERVER, () -> {
                    env.timeout(0); // the yield point: every other request due now runs first
                    Sighting seen = look(request);
                    env.timeout(env.uniform(0.1, 0.3));
                    tracing.inSpan("process_data", SERVICE, SpanKind.INTERNAL, () -> {
                        env.timeout(env.uniform(0.05, 0.15));
                        return null;
                    });
                    request.reply().put("done");
                    return seen;
                }));
        sightings.add(sighting);
    }

    /** Which trace the handler's current context belongs to, logged as it is seen. */
    private Sighting look(Request request) {
        TraceContext seen = tracing.currentContext();
        Sighting sighting = new Sighting(request.id(), request.context().traceId(),
                seen == null ? null : seen.traceId(), env.now());
        log.printf(Locale.ROOT, "[%.3f] %s handling %s sees trace %s%s%n", env.now(), SERVICE, request.id(),
                seen == null ? "(none)" : shortId(seen.traceId()),
                sighting.sawAnotherTrace() ? "  <- but " + request.id() + " is in trace "
                        + shortId(request.context().traceId()) : "");
        return sighting;
    }

    /** The first 8 hex digits of an ID: enough to tell a handful of traces apart in a log. */
    static String shortId(String id) {
        return id.substring(0, 8);
    }
}
