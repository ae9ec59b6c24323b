package workbook.tailsampling;

/**
 * The shape of the checkout traffic {@link CheckoutTraffic} simulates: how many requests, how
 * often, and how many of them go wrong.
 *
 * <p>Immutable.
 *
 * @param requests          how many checkout requests, {@code >= 1}
 * @param requestsPerSecond mean arrival rate (arrivals are a Poisson process), {@code > 0}
 * @param slowFraction      probability that a request's database query takes 1 to 2 seconds
 *                          instead of 10 to 50 milliseconds, in [0, 1]
 * @param failureFraction   probability that a request fails (its order handling is tagged
 *                          {@code error=true}), in [0, 1]
 */
public record TrafficProfile(int requests, double requestsPerSecond, double slowFraction, double failureFraction) {

    /** The demo's traffic: 1000 requests at 20 per second, 2 % slow, 1 % failing. */
    public static final TrafficProfile DEMO = new TrafficProfile(1000, 20.0, 0.02, 0.01);

    public TrafficProfile {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1, got " + requests);
        }
        if (!(requestsPerSecond > 0) || requestsPerSecond == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("requestsPerSecond must be finite and > 0, got " + requestsPerSecond);
        }
        requireProbability(slowFraction, "slowFraction");
        requireProbability(failureFraction, "failureFraction");
    }

    private static void requireProbability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0.0, 1.0], got " + value);
        }
    }
}
