package workbook.tracer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated program of nested traced calls: each call does some work, calls its children in
 * order, and may fail; a parent either handles a child's failure and goes on, or lets it
 * propagate (then its later children never run, and it fails too).
 *
 * <p>{@link #expectedSpans()} is the model: the spans a correct tracer sends, in the order it
 * sends them (a span is sent when it ends, so children first).
 */
record CallTree(String name, boolean fails, boolean handlesChildFailures, List<CallTree> children) {

    /** One expected span: the call, its parent call (null for the outermost) and whether it failed. */
    record ExpectedSpan(String name, String parent, boolean failed) {}

    /** A failure of a generated call; public, as a proxy must see the exceptions its interface declares. */
    public static final class CallFailed extends Exception {
        private static final long serialVersionUID = 1L;

        CallFailed(String name) {
            super(name + " failed");
        }
    }

    /** A random tree of up to {@code size} calls, at most {@code maxFanOut} children each. */
    static CallTree random(long seed, int size, int maxFanOut, double failureRate) {
        Random random = new Random(seed);
        int[] next = {0};
        return grow(random, next, size, maxFanOut, failureRate, 0);
    }

    private static CallTree grow(Random random, int[] next, int size, int maxFanOut, double failureRate, int depth) {
        String name = "op" + next[0]++;
        List<CallTree> children = new ArrayList<>();
        int fanOut = depth > 5 ? 0 : random.nextInt(maxFanOut + 1);
        for (int i = 0; i < fanOut && next[0] < size; i++) {
            children.add(grow(random, next, size, maxFanOut, failureRate, depth + 1));
        }
        return new CallTree(name, random.nextDouble() < failureRate, random.nextBoolean(), List.copyOf(children));
    }

    /** The spans a correct tracer sends for this tree, in the order it sends them. */
    List<ExpectedSpan> expectedSpans() {
        List<ExpectedSpan> spans = new ArrayList<>();
        expect(null, spans);
        return spans;
    }

    /** Appends this call's expected spans; returns whether this call failed. */
    private boolean expect(String parent, List<ExpectedSpan> spans) {
        boolean failed = false;
        for (CallTree child : children) {
            if (child.expect(name, spans) && !handlesChildFailures) {
                failed = true;
                break;
            }
        }
        failed |= fails;
        spans.add(new ExpectedSpan(name, parent, failed));
        return failed;
    }

    int size() {
        return 1 + children.stream().mapToInt(CallTree::size).sum();
    }
}
