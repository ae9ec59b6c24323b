package workbook.trace;

/**
 * The time spans are stamped with, in seconds. In the workbook this is the simulation's
 * virtual clock ({@code env::now}), which makes every timestamp reproducible; tests pass
 * a clock they control.
 */
@FunctionalInterface
public interface Clock {

    /** The current time in seconds. */
    double now();
}
