package workbook.harness.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.grade.GradedChapter;
import workbook.harness.grade.Submission;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.Scores;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TodoGrade;

/**
 * The fairness proof: for every TODO of every chapter, a probe submission that is the
 * reference except that one TODO left as the skeleton (made by the generator, as a learner
 * would hand it in). Graded, the probe must score exactly the chapter's maximum minus that
 * TODO's points, and that TODO 0: a TODO left undone costs its own points, no more.
 */
final class FairnessProbes {

    static final String PREFIX = "probe-";

    private FairnessProbes() {}

    /** Writes one probe per TODO under {@code dir}; probe name to the TODO it leaves undone. */
    static Map<Submission, ChapterManifest.Todo> write(List<GradedChapter> chapters, Path dir) {
        Map<Submission, ChapterManifest.Todo> probes = new LinkedHashMap<>();
        for (GradedChapter chapter : chapters) {
            for (ChapterManifest.Todo todo : chapter.chapter().manifest().todos()) {
                String name = PREFIX + todo.id();
                Path src = dir.resolve(name).resolve("chapters").resolve(chapter.chapter().slug())
                        .resolve("src/main/java");
                SkeletonGenerator.partlySolvedSources(chapter.chapter(), id -> id.equals(todo.id()))
                        .forEach((relative, content) -> write(src.resolve(relative), content));
                probes.put(new Submission(name, dir.resolve(name)), todo);
            }
        }
        return probes;
    }

    /** The problems with one probe's grade. */
    static List<String> check(String name, SubmissionGrade grade, ChapterManifest.Todo undone) {
        List<String> problems = new ArrayList<>();
        String chapterId = undone.id().substring(0, undone.id().indexOf('.'));
        for (ChapterGrade chapter : grade.chapters()) {
            if (!chapter.chapter().id().equals(chapterId)) {
                continue;
            }
            double want = chapter.max() - undone.points();
            if (Math.abs(chapter.score() - want) > 0.005) {
                StringBuilder lost = new StringBuilder();
                for (TodoGrade todo : chapter.todos()) {
                    if (!todo.todo().id().equals(undone.id()) && todo.score() < todo.max()) {
                        lost.append("; ").append(todo.todo().id()).append(" scores ")
                                .append(Scores.format(todo.score())).append(" of ").append(Scores.format(todo.max()));
                        todo.outcomes().stream().filter(outcome -> !outcome.result().passed()).findFirst()
                                .ifPresent(outcome -> lost.append(" (").append(outcome.test().uniqueId()).append(": ")
                                        .append(firstLine(outcome.result().message())).append(")"));
                    }
                }
                problems.add(name + ": " + chapterId + " scores " + Scores.format(chapter.score()) + ", expected "
                        + Scores.format(want) + " (the maximum minus " + undone.id() + "'s points)" + lost);
            }
            for (TodoGrade todo : chapter.todos()) {
                if (todo.todo().id().equals(undone.id()) && todo.score() > 0) {
                    StringBuilder passing = new StringBuilder();
                    todo.outcomes().stream().filter(outcome -> outcome.result().passed())
                            .forEach(outcome -> passing.append(' ').append(outcome.test().uniqueId()));
                    problems.add(name + ": " + undone.id() + " left as the skeleton earns "
                            + Scores.format(todo.score()) + "; tests tagged " + undone.id()
                            + " that pass on its skeleton:" + passing);
                }
            }
        }
        return problems;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
