package workbook.propagation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import workbook.collector.CollectorSettings;
import workbook.collector.SpanTree;
import workbook.collector.TraceCollector;
import workbook.collector.TracePages;
import workbook.sampling.HeadSampler;
import workbook.sampling.TraceIdRatioSampler;
import workbook.sim.Environment;
import workbook.sim.SimulationException;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.Trace;
import workbook.tracer.SpanSink;

/**
 * The chapter's demo, two programs in one:
 *
 * <ul>
 *   <li>without arguments, the seed's exercise 2: Client → ServiceA → ServiceB → Database
 *       in a simulation, printing the headers each service sends and every span's parent
 *       span ID, first with W3C Trace Context, then with the seed's headers and half of
 *       the traces sampled;</li>
 *   <li>with {@code --serve PORT}, the W3C Trace Context test service on
 *       {@code http://127.0.0.1:PORT/test}, until stopped (Ctrl-C).</li>
 * </ul>
 *
 * Run it with {@code ../../mvnw -q compile exec:java} from the chapter's folder, adding
 * {@code -Dexec.args="--serve 7777"} for the endpoint, or {@code -Dexec.args="--html traces.html"}
 * to also draw exercise 2's traces as a waterfall page.
 */
public final class PropagationDemo {

    /** The simulation's seed: the same seed prints the same run. */
    static final long SEED = 16;

    private PropagationDemo() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            try {
                exerciseTwo(System.out);
            } catch (SimulationException | UnsupportedOperationException e) {
                System.out.println(notYet(e).orElseThrow(() -> e));
            }
        } else if (args.length == 2 && args[0].equals("--html")) {
            Path page = Path.of(args[1]);
            TraceCollector[] runs;
            try {
                runs = exerciseTwo(System.out);
            } catch (SimulationException | UnsupportedOperationException e) {
                System.out.println(notYet(e).orElseThrow(() -> e));
                return;
            }
            int traces = TracePages.write(page, "ch06: Client -> ServiceA -> ServiceB -> Database", runs);
            System.out.printf(Locale.ROOT, "%nWrote %s: %d traces, %d spans; open it in a browser%n", page, traces,
                    Arrays.stream(runs).mapToInt(TraceCollector::spansReceived).sum());
        } else if (args.length == 2 && args[0].equals("--serve")) {
            awaitShutdown(serve(port(args[1]), System.out));
        } else {
            throw new IllegalArgumentException("usage: PropagationDemo [--serve PORT | --html FILE], got " + List.of(args));
        }
    }

    /**
     * Runs exercise 2 twice, as the class comment describes, prints it to {@code out} and returns
     * the two runs' collectors (W3C, then the seed's headers).
     */
    static TraceCollector[] exerciseTwo(PrintStream out) {
        out.println("== Exercise 2: Client -> ServiceA -> ServiceB -> Database, W3C Trace Context, all traces sampled");
        TraceCollector w3c = runChain(2, 1.0, Propagator.w3c(), out);
        for (Trace trace : w3c.completedTraces()) {
            out.println();
            printParents(trace, out);
            out.print(SpanTree.render(trace));
        }

        out.println();
        out.println("== The same chain with the seed's headers, about half of the traces sampled");
        TraceCollector seed = runChain(4, 0.5, Propagator.seedHeaders(), out);
        out.printf(Locale.ROOT, "%d requests, %d traces recorded, %d spans, %d incomplete traces%n", 4,
                seed.tracesCompleted(), seed.spansReceived(), seed.activeTraces().size());
        return new TraceCollector[] {w3c, seed};
    }

    /** Runs {@code requests} requests through the chain in a new simulation and returns its collector. */
    static TraceCollector runChain(int requests, double sampleRate, Propagator propagator, PrintStream log) {
        try (Environment env = new Environment(SEED)) {
            TraceCollector collector = new TraceCollector(env, CollectorSettings.defaults());
            ServiceTracing tracing = new ServiceTracing(propagator, new HeadSampler(sampleRate, env.random()),
                    IdGenerator.random(env.random()), collector, log);
            ServiceChain.start(env, tracing, requests);
            env.run();
            return collector;
        }
    }

    /** One line per span, parents before children: its span ID and its parent span ID, which make the chain. */
    static void printParents(Trace trace, PrintStream out) {
        out.printf(Locale.ROOT, "trace %s: %d spans%n", trace.traceId(), trace.spanCount());
        List<SpanData> spans = trace.spans().stream().sorted(Comparator.comparingDouble(SpanData::startTime)).toList();
        for (SpanData span : spans) {
            String parent = span.isRoot() ? "none (root)" : span.parentSpanId() + " = " + spans.stream()
                    .filter(candidate -> candidate.spanId().equals(span.parentSpanId()))
                    .map(SpanData::operationName).findFirst().orElse("? (not in the trace)");
            out.printf(Locale.ROOT, "  %-16s span %s  parent %s%n", span.operationName(), span.spanId(), parent);
        }
    }

    /**
     * Starts the W3C test suite's endpoint on {@code 127.0.0.1:port}, logging requests and
     * sampled spans to {@code out}; new traces are all sampled, with random IDs.
     */
    static TraceContextServer serve(int port, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Clock secondsSinceStart = () -> (System.nanoTime() - started) / 1e9;
        SpanSink printSpans = span -> out.printf(Locale.ROOT, "  %s span %s (%s), parent %s, trace %s%n",
                span.kind(), span.spanId(), span.operationName(),
                span.isRoot() ? "none" : span.parentSpanId(), span.traceId());
        TraceParticipant participant = new TraceParticipant(lockedIds(IdGenerator.random(new SecureRandom())),
                new TraceIdRatioSampler(1.0));
        TraceContextServer server = TraceContextServer.start(port, participant, printSpans, secondsSinceStart, out);
        out.println("W3C Trace Context test service on " + server.endpoint() + " (stop with Ctrl-C)");
        return server;
    }

    /** Blocks until the JVM shuts down (Ctrl-C), then stops {@code server}. */
    private static void awaitShutdown(TraceContextServer server) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "trace-context-server-stop"));
        stopped.await();
    }

    /** {@code ids} made safe for the server's handler threads: one ID at a time. */
    private static IdGenerator lockedIds(IdGenerator ids) {
        return new IdGenerator() {
            @Override
            public synchronized String newTraceId() {
                return ids.newTraceId();
            }

            @Override
            public synchronized String newSpanId() {
                return ids.newSpanId();
            }
        };
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, got '" + text + "'", e);
        }
    }

    /**
     * An open TODO is one line, not a stack trace: what the demo prints when {@code failure} is
     * an open TODO's {@code UnsupportedOperationException("TODO ...")}, thrown directly or by a
     * process; empty for anything else, a real failure, which the demo rethrows.
     */
    static Optional<String> notYet(RuntimeException failure) {
        Throwable todo = failure instanceof SimulationException ? failure.getCause() : failure;
        if (!(todo instanceof UnsupportedOperationException) || !String.valueOf(todo.getMessage()).startsWith("TODO ")) {
            return Optional.empty();
        }
        return Optional.of("not yet: " + todo.getMessage() + " (../../mvnw test shows what is next)");
    }
}
