package workbook.harness.validate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The expected grade of an example submission, {@code harness/examples/expected/<name>.json}.
 * Immutable.
 *
 * @param status           {@code graded} or {@code invalid}
 * @param chapters         expected score per chapter ID
 * @param feedbackContains texts its {@code feedback.md} must contain
 * @param why              what the example shows, for the reader
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Expected(String status, Map<String, Double> chapters, List<String> feedbackContains, String why) {

    public Expected {
        chapters = chapters == null ? Map.of() : Map.copyOf(chapters);
        feedbackContains = feedbackContains == null ? List.of() : List.copyOf(feedbackContains);
    }

    static Expected read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), Expected.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
