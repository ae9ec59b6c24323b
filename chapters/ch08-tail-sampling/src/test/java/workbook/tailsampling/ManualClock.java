package workbook.tailsampling;

import workbook.trace.Clock;

/** A clock the test moves by hand, so every arrival time and decision time is known. */
final class ManualClock implements Clock {

    private double now;

    @Override
    public double now() {
        return now;
    }

    void advanceTo(double time) {
        now = time;
    }
}
