package workbook.tracer;

import java.util.Objects;

/**
 * A service's answer to a {@link ServiceRequest}: the seed's {@code ServiceResponse}.
 * Immutable.
 *
 * @param requestId the request this answers
 * @param success   whether the service handled it
 * @param data      what the service produced
 */
public record ServiceResponse(String requestId, boolean success, String data) {

    public ServiceResponse {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(data, "data");
    }
}
