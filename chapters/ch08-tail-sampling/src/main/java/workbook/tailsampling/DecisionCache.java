package workbook.tailsampling;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcomes of recently decided traces, so that a span arriving after its trace was decided
 * (a slow child, a retried export) follows the decision instead of starting a trace of its own.
 * Bounded, because traces never stop coming: once full, the least recently used decision is
 * forgotten, as the Collector's decision cache does. A span of a forgotten trace looks like the
 * first span of a new one.
 *
 * <p>Not thread-safe: owned by its sampler.
 */
final class DecisionCache {

    private final int capacity;
    /** Access-ordered: iteration starts at the least recently used entry. */
    private final Map<String, Outcome> decisions = new LinkedHashMap<>(16, 0.75f, true);

    DecisionCache(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers a trace's outcome, forgetting the least recently used one if the cache is full. */
    void remember(String traceId, Outcome outcome) {
        // TODO ch08.5: Late spans follow the remembered decision; the memory of decisions is bounded
        //   Hint: A span whose trace is in the decision cache is late: settle it with the cached outcome instead of holding it (docs/ch08-tail-sampling.md#ch085).
        decisions.put(traceId, outcome);
    }

    /** The remembered outcome of a trace, or null if it was never decided or has been forgotten. */
    Outcome get(String traceId) {
        return decisions.get(traceId);
    }

    int size() {
        return decisions.size();
    }
}
