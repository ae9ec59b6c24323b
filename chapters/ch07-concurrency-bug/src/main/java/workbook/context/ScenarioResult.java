package workbook.context;

import java.util.List;
import java.util.Objects;
import workbook.trace.SpanData;

/**
 * What a {@link ConcurrentRequests} run produced.
 *
 * <p>Immutable.
 *
 * @param storage   where the tracer kept the current context
 * @param sightings one per request, in the order the handlers finished
 * @param spans     every finished span, in the order they finished
 */
public record ScenarioResult(StorageKind storage, List<Sighting> sightings, List<SpanData> spans) {

    public ScenarioResult {
        Objects.requireNonNull(storage, "storage");
        sightings = List.copyOf(sightings);
        spans = List.copyOf(spans);
    }

    /** How many requests' handlers saw another request's trace ID. */
    public long requestsThatSawAnotherTrace() {
        return sightings.stream().filter(Sighting::sawAnotherTrace).count();
    }
}
