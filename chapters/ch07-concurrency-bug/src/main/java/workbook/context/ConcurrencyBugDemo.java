package workbook.context;

import java.util.Optional;
import workbook.sim.SimulationException;

/**
 * Exercise 3 of the seed, run twice on the same seed: two requests start at the same simulated
 * time, first with chapter 02's global {@code Storage}, then with the per-thread
 * {@link ContextStorage}. For each it prints what every handler saw, the span trees, and the
 * number of requests that saw another request's trace ID.
 *
 * <p>Run: {@code ../../mvnw -q compile exec:java} in the chapter's folder; an optional argument
 * is the seed.
 */
public final class ConcurrencyBugDemo {

    private ConcurrencyBugDemo() {}

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 7;
        System.out.println("Two requests start at t=0.000. OrderService handles each in a process of its own,");
        System.out.println("which yields once inside handle_request and then looks at its current context.");
        for (StorageKind storage : StorageKind.values()) {
            System.out.println();
            System.out.println("== " + storage.description() + " ==");
            try {
                ScenarioResult result = ConcurrentRequests.run(storage, seed, 2, System.out);
                System.out.print(SpanTrees.render(result.spans()));
                System.out.println("requests that saw another request's trace id: "
                        + result.requestsThatSawAnotherTrace());
            } catch (SimulationException e) {
                System.out.println(notYet(e).orElseThrow(() -> e));
            }
        }
    }

    /**
     * The line the demo prints instead of a storage's run when a process hit an open TODO's
     * {@code UnsupportedOperationException}; empty for any other failure, which it rethrows.
     */
    static Optional<String> notYet(SimulationException failure) {
        return failure.getCause() instanceof UnsupportedOperationException todo
                ? Optional.of("not yet: " + todo.getMessage())
                : Optional.empty();
    }
}
