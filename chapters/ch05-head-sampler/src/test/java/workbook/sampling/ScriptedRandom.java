package workbook.sampling;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/** A random source that returns the doubles a test chose, so every decision is known in advance. */
final class ScriptedRandom implements RandomGenerator {

    private final Deque<Double> doubles = new ArrayDeque<>();

    ScriptedRandom(double... script) {
        for (double value : script) {
            doubles.add(value);
        }
    }

    @Override
    public double nextDouble() {
        if (doubles.isEmpty()) {
            throw new IllegalStateException("the test scripted no more random doubles: one draw per trace expected");
        }
        return doubles.poll();
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("a head sampler draws doubles (nextDouble), not longs");
    }
}
