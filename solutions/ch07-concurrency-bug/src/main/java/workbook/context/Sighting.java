package workbook.context;

import java.util.Objects;

/**
 * What the service saw while handling one request: the trace of the context current in the
 * handler, right after it yielded to the other requests, next to the trace the request belongs
 * to. The two differ when another request's context leaked in.
 *
 * <p>Immutable.
 *
 * @param requestId    such as {@code req-1}
 * @param ownTraceId   the trace the request's client started
 * @param seenTraceId  the trace of the handler's current context; {@code null} if it had none
 * @param time         when, in simulated seconds
 */
public record Sighting(String requestId, String ownTraceId, String seenTraceId, double time) {

    public Sighting {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(ownTraceId, "ownTraceId");
    }

    /** True when the handler saw a trace that is not its request's: the concurrency bug. */
    public boolean sawAnotherTrace() {
        return seenTraceId != null && !seenTraceId.equals(ownTraceId);
    }
}
