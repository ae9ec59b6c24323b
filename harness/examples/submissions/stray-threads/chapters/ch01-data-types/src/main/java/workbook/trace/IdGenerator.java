package workbook.trace;

import java.util.random.RandomGenerator;

/**
 * Makes new trace and span IDs. Injected wherever IDs are made, so that a simulation
 * seeded with the same number makes the same IDs, and tests can choose their own.
 * This is the role OpenTelemetry's {@code IdGenerator} plays in its SDK.
 */
public interface IdGenerator {

    /** A new valid trace ID: 32 lowercase hex characters, not all zeros. */
    String newTraceId();

    /** A new valid span ID: 16 lowercase hex characters, not all zeros. */
    String newSpanId();

    /**
     * IDs drawn from {@code random}, for example the simulation's seeded source
     * ({@code IdGenerator.random(env.random())}). Not thread-safe: use one per simulation.
     */
    static IdGenerator random(RandomGenerator random) {
        return new RandomIdGenerator(random);
    }
}
