package workbook.trace;

/**
 * A {@link Clock} moved by hand, so that every timestamp of a test or a demo is known in
 * advance. The one such clock of the workbook: chapters' tests and demos use it wherever a
 * simulation would be more than they need. Not thread-safe.
 */
public final class ManualClock implements Clock {

    private double now;

    /** A clock at time 0.0. */
    public ManualClock() {
        this(0.0);
    }

    /** A clock at {@code start} seconds. */
    public ManualClock(double start) {
        this.now = start;
    }

    @Override
    public double now() {
        return now;
    }

    /** Sets the time to {@code time}; it may also go back, for tests of times out of order. */
    public void advanceTo(double time) {
        now = time;
    }

    /** Moves the time on by {@code seconds}. */
    public void advanceBy(double seconds) {
        now += seconds;
    }
}
