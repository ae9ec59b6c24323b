package workbook.sampling;

/** The one rule every sampling rate follows: a probability, from 0.0 (none) to 1.0 (all). */
final class SampleRates {

    private SampleRates() {}

    /**
     * Returns {@code value} when it is in [0.0, 1.0], otherwise throws an error naming the
     * parameter and the bad value, such as {@code sample rate must be in [0.0, 1.0], got 1.5}.
     * NaN is rejected too: every comparison with NaN is false, so a check written as
     * {@code value < 0.0 || value > 1.0} lets it through.
     */
    static double require(String parameter, double value) {
        // BEGIN SOLUTION ch05.1
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(parameter + " must be in [0.0, 1.0], got " + value);
        }
        return value;
        // END SOLUTION
    }
}
