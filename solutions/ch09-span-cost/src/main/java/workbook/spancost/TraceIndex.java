package workbook.spancost;

/**
 * Trace IDs, as their two 64-bit halves, to slot numbers {@code 0 .. capacity-1}: the
 * {@code Map<String, BufferedTrace>} of chapter 08 without a string, a map entry or a boxed
 * key per trace. An open-addressing table with linear probing, kept at most half full, whose
 * deletion shifts the entries after the hole back so that no probe chain is ever cut (no
 * tombstones, so lookups never slow down however many traces come and go).
 *
 * <p>Not thread-safe: owned by its buffer.
 */
final class TraceIndex {

    private static final int EMPTY = 0;

    private final long[] high;
    private final long[] low;
    /** Slot + 1 per table position; {@link #EMPTY} for a free position. */
    private final int[] table;
    private final int mask;
    /** Free slots, a stack: {@code free[0 .. freeCount-1]}. */
    private final int[] free;
    private int freeCount;

    TraceIndex(int capacity) {
        this.high = new long[capacity];
        this.low = new long[capacity];
        this.table = new int[Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2];
        this.mask = table.length - 1;
        this.free = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            free[i] = capacity - 1 - i;
        }
        this.freeCount = capacity;
    }

    /** The slot of the trace with these halves, or -1 if it is not held. */
    int find(long traceHigh, long traceLow) {
        for (int i = home(traceHigh, traceLow); table[i] != EMPTY; i = (i + 1) & mask) {
            int slot = table[i] - 1;
            if (high[slot] == traceHigh && low[slot] == traceLow) {
                return slot;
            }
        }
        return -1;
    }

    /** A new slot for a trace not held yet, or -1 when every slot is taken. */
    int insert(long traceHigh, long traceLow) {
        if (freeCount == 0) {
            return -1;
        }
        int slot = free[--freeCount];
        high[slot] = traceHigh;
        low[slot] = traceLow;
        int i = home(traceHigh, traceLow);
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = slot + 1;
        return slot;
    }

    /** Frees a slot that {@link #insert} returned. */
    void remove(int slot) {
        int hole = home(high[slot], low[slot]);
        while (table[hole] != slot + 1) {
            hole = (hole + 1) & mask;
        }
        table[hole] = EMPTY;
        // Close the hole: move back every later entry of the run whose home is not after the hole.
        for (int i = (hole + 1) & mask; table[i] != EMPTY; i = (i + 1) & mask) {
            int other = table[i] - 1;
            int home = home(high[other], low[other]);
            boolean homeInHoleToI = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!homeInHoleToI) {
                table[hole] = table[i];
                table[i] = EMPTY;
                hole = i;
            }
        }
        free[freeCount++] = slot;
    }

    long high(int slot) {
        return high[slot];
    }

    long low(int slot) {
        return low[slot];
    }

    int size() {
        return high.length - freeCount;
    }

    int capacity() {
        return high.length;
    }

    /** Where probing for a trace starts: its halves mixed, so that IDs differing in any bit spread. */
    private int home(long traceHigh, long traceLow) {
        long mixed = (traceLow ^ Long.rotateLeft(traceHigh, 32)) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }
}
