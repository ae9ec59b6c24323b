package workbook.propagation;

import java.util.Objects;
import workbook.sim.Queue;
import workbook.tracer.ServiceResponse;

/**
 * A request between simulated services that carries its trace context in headers, as an
 * HTTP request does: the seed's {@code PropagatedRequest}, whose {@code trace_context}
 * field stands for the {@code X-Trace-Id} headers its comment describes. Here the headers
 * are real, written and read by a {@link Propagator}, so the same service code works with
 * the seed's headers and with W3C Trace Context.
 *
 * <p>Because the context travels in each request, two requests in flight at the same time
 * each keep their own; nothing is shared through a global.
 *
 * <p>Immutable (the queue it points to is not; it belongs to the simulation).
 *
 * @param requestId     names the request in logs, such as {@code req_1}
 * @param payload       the request's data
 * @param headers       the trace context, in the caller's propagation format; empty for a
 *                      request that starts a trace
 * @param responseQueue where the service puts its answer
 */
public record PropagatedRequest(String requestId, String payload, Headers headers,
                                Queue<ServiceResponse> responseQueue) {

    public PropagatedRequest {
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("requestId must not be blank, got "
                    + (requestId == null ? "null" : "'" + requestId + "'"));
        }
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(responseQueue, "responseQueue");
    }
}
