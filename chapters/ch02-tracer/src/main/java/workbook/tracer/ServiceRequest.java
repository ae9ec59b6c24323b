package workbook.tracer;

import java.util.Objects;
import workbook.sim.Queue;
import workbook.trace.TraceContext;

/**
 * A request put in a service's inbox: the seed's {@code ServiceRequest}. It carries the
 * caller's trace context, as a real request carries it in headers, and the queue where the
 * caller waits for the answer.
 *
 * <p>Immutable (the queue it points to is not; it belongs to the simulation).
 *
 * @param requestId     names the request in logs, such as {@code req_1}
 * @param context       the caller's context, or {@code null} for an untraced request
 * @param payload       the request's data
 * @param responseQueue where the service puts its {@link ServiceResponse}
 */
public record ServiceRequest(String requestId, TraceContext context, String payload,
                             Queue<ServiceResponse> responseQueue) {

    public ServiceRequest {
        if (requestId == null || requestId.isBlank()) {
            throw new IllegalArgumentException("requestId must not be blank, got "
                    + (requestId == null ? "null" : "'" + requestId + "'"));
        }
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(responseQueue, "responseQueue");
    }
}
