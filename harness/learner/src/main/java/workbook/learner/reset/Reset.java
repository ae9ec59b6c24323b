package workbook.learner.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;

/**
 * {@code workbook reset}: puts back the skeleton's version of the methods that hold a TODO, or
 * of a whole chapter, after a backup of the chapter's current sources. Nothing the learner
 * wrote is lost: the backup holds it, and the report says where.
 */
public final class Reset {

    /**
     * What a reset did.
     *
     * @param backup where the learner's files were copied first
     * @param lines  one line per change, for the learner
     */
    public record Outcome(Path backup, List<String> lines) {}

    private final LearnerBook book;
    private final Skeletons skeletons;

    public Reset(LearnerBook book, Skeletons skeletons) {
        this.book = book;
        this.skeletons = skeletons;
    }

    public Outcome todo(LearnerChapter chapter, String todoId) {
        List<String> files = skeletons.filesWithTodo(chapter.slug(), todoId);
        if (files.isEmpty()) {
            throw new IllegalStateException("the tool has no skeleton of " + todoId + " (" + chapter.slug()
                    + "): rebuild it with ./mvnw -q install -DskipTests, or get a fresh learner kit");
        }
        Path backup = backUp(chapter);
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            Path target = chapter.mainSources().resolve(file);
            String skeleton = skeletons.file(chapter.slug(), file).orElseThrow();
            String shown = chapter.dir().getFileName() + "/src/main/java/" + file;
            if (!Files.isRegularFile(target)) {
                write(target, skeleton);
                lines.add("restored " + shown + " (it was missing)");
                continue;
            }
            SkeletonSplice.Result result = SkeletonSplice.resetTodo(skeleton, read(target), todoId);
            if (!result.missing().isEmpty()) {
                write(target, skeleton);
                lines.add("restored all of " + shown + ": could not find " + String.join(", ", result.missing())
                        + " in your version");
            } else {
                write(target, result.source());
                result.restored().forEach(member -> lines.add("restored " + member + " in " + shown));
            }
        }
        return new Outcome(backup, lines);
    }

    public Outcome chapter(LearnerChapter chapter) {
        Map<String, String> files = skeletons.of(chapter.slug());
        if (files.isEmpty()) {
            throw new IllegalStateException("the tool has no skeleton of " + chapter.slug()
                    + ": rebuild it with ./mvnw -q install -DskipTests, or get a fresh learner kit");
        }
        Path backup = backUp(chapter);
        int changed = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = chapter.mainSources().resolve(file.getKey());
            if (!Files.isRegularFile(target) || !read(target).equals(file.getValue())) {
                write(target, file.getValue());
                changed++;
            }
        }
        return new Outcome(backup, List.of("restored " + changed + " file(s) of " + chapter.slug()
                + "/src/main/java to the skeleton"));
    }

    private Path backUp(LearnerChapter chapter) {
        return Backup.of(book.root(), book.stateDir(), chapter.mainSources(), LocalDateTime.now());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".reset-", ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
