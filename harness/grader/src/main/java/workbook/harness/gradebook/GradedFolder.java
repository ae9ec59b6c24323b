package workbook.harness.gradebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import workbook.harness.report.GradeRow;

/**
 * The results in one {@code grade --out} folder: every {@code <submission>/results.json} in it,
 * read back as gradebook rows. A folder whose {@code results.json} is torn or not the grader's
 * is reported, not skipped silently. Stateless.
 */
public final class GradedFolder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One graded submission found on disk.
     *
     * @param row         its gradebook row
     * @param fingerprint what it was graded from
     * @param folder      its {@code <submission>} folder
     */
    public record Graded(GradeRow row, String fingerprint, Path folder) {}

    /**
     * What a folder holds.
     *
     * @param graded   the readable results, by submission name order
     * @param problems folders whose results could not be read
     */
    public record Contents(List<Graded> graded, List<String> problems) {}

    private GradedFolder() {}

    public static Contents read(Path out) {
        List<Graded> graded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(out)) {
            problems.add(out + ": not a folder");
            return new Contents(graded, problems);
        }
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                Path results = dir.resolve("results.json");
                if (!Files.isRegularFile(results, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    graded.add(parse(JSON.readTree(results.toFile()), dir));
                } catch (IOException | RuntimeException e) {
                    problems.add(results + ": not a results.json of the grader (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out + ": " + e.getMessage(), e);
        }
        return new Contents(graded, problems);
    }

    private static Graded parse(JsonNode root, Path dir) {
        JsonNode extra = root.path("extra_data");
        if (!extra.has("submission") || !extra.has("chapters")) {
            throw new IllegalArgumentException("no extra_data.submission or extra_data.chapters");
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        extra.path("chapters").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().path("score").asDouble()));
        GradeRow row = new GradeRow(extra.path("submission").asText(), extra.path("status").asText(),
                extra.path("problem").asText(null), scores, root.path("score").asDouble(),
                extra.path("max_score").asDouble(), extra.path("made_from").asText(null));
        return new Graded(row, extra.path("fingerprint").asText(), dir);
    }
}
