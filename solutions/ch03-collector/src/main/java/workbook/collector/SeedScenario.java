package workbook.collector;

import java.io.PrintStream;
import java.util.Objects;
import workbook.sim.Environment;
import workbook.trace.IdGenerator;
import workbook.tracer.SimpleClient;
import workbook.tracer.SimpleService;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/**
 * The seed's decorator scenario, end to end: a {@code Client} sends requests to
 * {@code OrderService}, both traced by chapter 02's {@link Tracer}, and a
 * {@link TraceCollector} assembles the spans. Later chapters start from it.
 *
 * <p>Timestamps come from the simulation clock and IDs from its seeded random source, so the
 * same seed gives the same run, IDs included. Not thread-safe: it uses the global
 * {@link Storage}, which it resets before and after the run.
 */
public final class SeedScenario {

    private SeedScenario() {}

    /**
     * Runs the scenario to its end and returns the collector, holding the traces.
     *
     * @param seed     seeds the simulation: latencies and IDs
     * @param requests how many requests the client sends, 1.5 simulated seconds apart
     * @param log      where the service, client and collector write their progress lines
     */
    public static TraceCollector run(long seed, int requests, PrintStream log) {
        return run(seed, requests, CollectorSettings.defaults().withLog(log));
    }

    /** {@link #run(long, int, PrintStream)} with the collector's settings given. */
    public static TraceCollector run(long seed, int requests, CollectorSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Storage.reset();
        try (Environment env = new Environment(seed)) {
            Tracer tracer = new Tracer(env::now, IdGenerator.random(env.random()));
            SimpleService service = new SimpleService(env, "OrderService", tracer, settings.log());
            TraceCollector collector = new TraceCollector(env, settings);
            Storage.setCollector(collector);
            new SimpleClient(env, "Client", service, tracer, requests, settings.log());
            env.run();
            return collector;
        } finally {
            Storage.reset();
        }
    }
}
