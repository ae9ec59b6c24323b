package workbook.tracer;

import workbook.trace.Clock;

/** A clock the test moves by hand, so every timestamp in a test is known in advance. */
final class ManualClock implements Clock {

    private double now;

    ManualClock(double start) {
        this.now = start;
    }

    @Override
    public double now() {
        return now;
    }

    void advanceBy(double seconds) {
        now += seconds;
    }
}
