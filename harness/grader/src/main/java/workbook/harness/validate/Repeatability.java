package workbook.harness.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repeatability proof: a submission graded twice gives byte-identical {@code feedback.md}
 * and {@code results.json} (but for its {@code execution_time}).
 */
final class Repeatability {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Repeatability() {}

    /** Problems: each file of {@code submission} that differs between the two gradings. */
    static List<String> compare(String submission, Path first, Path second) {
        List<String> problems = new ArrayList<>();
        String feedback = read(first.resolve("feedback.md"));
        String again = read(second.resolve("feedback.md"));
        if (!feedback.equals(again)) {
            problems.add(submission + "/feedback.md differs when graded again: " + firstDifference(feedback, again));
        }
        String results = withoutTime(read(first.resolve("results.json")));
        String resultsAgain = withoutTime(read(second.resolve("results.json")));
        if (!results.equals(resultsAgain)) {
            problems.add(submission + "/results.json differs when graded again: "
                    + firstDifference(results, resultsAgain));
        }
        return problems;
    }

    private static String withoutTime(String json) {
        if (json.isEmpty()) {
            return json;
        }
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            root.remove("execution_time");
            return root.toPrettyString();
        } catch (IOException e) {
            return json;
        }
    }

    private static String firstDifference(String a, String b) {
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 40);
        return "\"…" + a.substring(from, Math.min(a.length(), at + 40)).replace('\n', ' ') + "…\" against \"…"
                + b.substring(from, Math.min(b.length(), at + 40)).replace('\n', ' ') + "…\"";
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
