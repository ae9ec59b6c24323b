package workbook.sim;

/**
 * One entry of the future event list: "resume this process at this virtual time".
 *
 * <p>Why a sequence number: two events at the same time must run in the order they were
 * scheduled, or a run would depend on how a priority queue breaks ties. Ordering by
 * {@code (time, sequence)} makes the order total, so the same program always runs the same way.
 *
 * <p>Thread safety: immutable.
 *
 * @param time     virtual time at which the process resumes
 * @param sequence how many events were scheduled before this one; breaks ties in time
 * @param process  the process to resume
 */
record Event(double time, long sequence, ProcessThread process) implements Comparable<Event> {

    @Override
    public int compareTo(Event other) {
        int byTime = Double.compare(time, other.time);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
