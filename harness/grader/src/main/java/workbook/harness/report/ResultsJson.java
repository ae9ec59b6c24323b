package workbook.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import workbook.harness.WorkbookVersion;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.score.Scores;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TodoGrade;

/**
 * {@code results.json} in the Gradescope autograder format: the total {@code score}, the
 * {@code execution_time}, one entry in {@code tests} per TODO (name, number, score,
 * max_score, status, output, visibility), and in {@code extra_data} what the grader needs
 * to resume and to build the gradebook: the fingerprint and each chapter's score. Stateless.
 */
public final class ResultsJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {}

    public static String render(SubmissionGrade grade, String fingerprint) {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", grade.score());
        // Whole seconds, as Gradescope's specification shows it.
        root.put("execution_time", Math.round(grade.seconds()));
        root.put("output", summary(grade));
        root.put("output_format", "md");
        root.put("test_output_format", "md");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (ChapterGrade chapter : grade.chapters()) {
            for (TodoGrade todo : chapter.todos()) {
                ObjectNode test = tests.addObject();
                test.put("name", todo.todo().id() + " " + todo.todo().title());
                test.put("number", todo.todo().id());
                test.put("score", todo.score());
                test.put("max_score", todo.max());
                test.put("status", todo.complete() && chapter.status() == ChapterStatus.GRADED ? "passed" : "failed");
                test.put("output", Feedback.todoText(todo, chapter).strip());
                test.put("visibility", "visible");
            }
        }
        ObjectNode extra = root.putObject("extra_data");
        extra.put("submission", grade.name());
        extra.put("status", grade.status().label());
        if (grade.problem() != null) {
            extra.put("problem", grade.problem());
        }
        extra.put("max_score", grade.max());
        extra.put("workbook_version", WorkbookVersion.current());
        if (grade.madeFrom() != null) {
            extra.put("made_from", grade.madeFrom());
        }
        extra.put("fingerprint", fingerprint);
        ObjectNode chapters = extra.putObject("chapters");
        for (ChapterGrade chapter : grade.chapters()) {
            ObjectNode entry = chapters.putObject(chapter.chapter().id());
            entry.put("status", chapter.status().label());
            entry.put("score", chapter.score());
            entry.put("max_score", chapter.max());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(SubmissionGrade grade) {
        StringBuilder text = new StringBuilder();
        if (grade.status() == SubmissionGrade.Status.INVALID) {
            text.append("This submission could not be graded: it ").append(grade.problem()).append(".\n\n");
        }
        Feedback.versionNote(grade).ifPresent(note -> text.append(note).append("\n\n"));
        for (ChapterGrade chapter : grade.chapters()) {
            text.append("**").append(chapter.chapter().id()).append(' ').append(chapter.chapter().manifest().title())
                    .append("**: ").append(Scores.format(chapter.score())).append(" / ")
                    .append(Scores.format(chapter.max())).append(" (").append(chapter.status().label()).append(")\n\n");
            if (chapter.status() != ChapterStatus.GRADED || !chapter.notes().isEmpty()) {
                text.append(Feedback.problemText(chapter));
            }
        }
        return text.toString().strip();
    }

    /**
     * The summary stored in an existing {@code results.json}, when it is whole and was made
     * from the same inputs (its fingerprint matches); empty otherwise.
     */
    public static Optional<GradeRow> readIfCurrent(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode extra = root.path("extra_data");
            if (!fingerprint.equals(extra.path("fingerprint").asText())) {
                return Optional.empty();
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            extra.path("chapters").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().path("score").asDouble()));
            return Optional.of(new GradeRow(extra.path("submission").asText(), extra.path("status").asText(),
                    extra.path("problem").asText(null), scores, root.path("score").asDouble(),
                    extra.path("max_score").asDouble(), extra.path("made_from").asText(null)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
