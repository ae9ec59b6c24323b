package workbook.learner.progress;

/** Where a learner stands on one TODO after a run of the chapter's visible tests. */
public enum TodoState {
    /** Every test of the TODO passes. */
    DONE,
    /** The TODO's stub is untouched: its tests fail on {@code UnsupportedOperationException("TODO ...")}. */
    NOT_STARTED,
    /** The learner's code for this TODO runs, but some test of it fails. */
    FAILING,
    /** Its tests fail only because another TODO it needs is unfinished: not counted as failures. */
    WAITING,
    /** Its tests did not run (the chapter does not compile, the check ran out of time): nothing is known. */
    UNKNOWN;

    public boolean finished() {
        return this == DONE;
    }

    /** The states the learner can act on now, in manifest order: the next TODO is the first of these. */
    public boolean actionable() {
        return this == NOT_STARTED || this == FAILING;
    }
}
