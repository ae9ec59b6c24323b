package workbook.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.LearnerManifest;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.TestOutcome;

/** A small workbook on disk and test outcomes, for the tool's tests. */
public final class Fixtures {

    public static final ChapterManifest ANSWERS = new ChapterManifest("ch09", "Answers", "workbook.answers",
            "docs/ch09-answers.md", List.of(
                    new ChapterManifest.Todo("ch09.1", "Return the answer", 2, List.of("It is 42.", "Return 42;", "Really.")),
                    new ChapterManifest.Todo("ch09.2", "Double the answer", 1, List.of("Use answer()."), List.of("ch09.1")),
                    new ChapterManifest.Todo("ch09.3", "Name the answer", 1, List.of("A string."))));

    public static final ChapterManifest PROVIDED = new ChapterManifest("ch00", "Provided", "workbook.provided",
            "docs/ch00-provided.md", List.of());

    private Fixtures() {}

    /** A workbook with ch00 (no TODOs) and ch09 (three TODOs) under {@code root}. */
    public static LearnerBook book(Path root) {
        try {
            Files.writeString(root.resolve("pom.xml"), "<project/>");
            write(root.resolve("chapters/ch00-provided"), PROVIDED);
            write(root.resolve("chapters/ch09-answers"), ANSWERS);
            Files.createDirectories(root.resolve("chapters/not-a-chapter"));
            return LearnerBook.at(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, ChapterManifest manifest) throws IOException {
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.write(dir.resolve(LearnerManifest.FILE), LearnerManifest.json(manifest));
    }

    public static LearnerChapter answers(Path root) {
        return book(root).chapter("ch09");
    }

    public static TestOutcome pass(String todo, String name) {
        return new TestOutcome(todo + " " + name, List.of(todo), TestOutcome.Status.PASSED, null, null, null);
    }

    public static TestOutcome fail(String todo, String name, String message, String frame) {
        return new TestOutcome(todo + " " + name, List.of(todo), TestOutcome.Status.FAILED, message, frame, null);
    }

    /** A test of {@code todo} that failed on the untouched stub of {@code stubOf}. */
    public static TestOutcome stub(String todo, String name, String stubOf, String frame) {
        return new TestOutcome(todo + " " + name, List.of(todo), TestOutcome.Status.FAILED,
                "UnsupportedOperationException: TODO " + stubOf + ": ...", frame, stubOf);
    }
}
