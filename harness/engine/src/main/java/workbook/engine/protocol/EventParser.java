package workbook.engine.protocol;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the test JVM's event lines. A line is an event only when it starts with the JVM's
 * nonce (after optional blanks) followed by one JSON object; anything else the process
 * printed (learner output that escaped the capture, JVM warnings) is not an event. A learner
 * cannot forge an event without the nonce, which only the runner and the grader know.
 * Immutable and thread-safe.
 */
public final class EventParser {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String nonce;

    public EventParser(String nonce) {
        if (nonce == null || nonce.length() < 16) {
            throw new IllegalArgumentException("the nonce must have at least 16 characters, got " + nonce);
        }
        this.nonce = nonce;
    }

    /** The line as an event; empty when it is not one (no nonce, not JSON, no type). */
    public Optional<RunnerEvent> parse(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith(nonce)) {
            return Optional.empty();
        }
        try {
            RunnerEvent event = JSON.readValue(stripped.substring(nonce.length()).strip(), RunnerEvent.class);
            return event.type() == null ? Optional.empty() : Optional.of(event);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The line the runner writes for an event. */
    public String format(RunnerEvent event) {
        try {
            return nonce + " " + JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
