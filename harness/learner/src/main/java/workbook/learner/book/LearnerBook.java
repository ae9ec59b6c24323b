package workbook.learner.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.LearnerManifest;

/**
 * The learner's workbook folder, the repository or the learner kit alike: the chapters are
 * the folders {@code chapters/chNN-*} that hold a {@code todos.json}, in name order. The
 * tool keeps its own state (hint levels, backups) in {@code .workbook/} there.
 */
public final class LearnerBook {

    public static final String STATE_DIR = ".workbook";

    private final Path root;
    private final List<LearnerChapter> chapters;

    private LearnerBook(Path root, List<LearnerChapter> chapters) {
        this.root = root;
        this.chapters = chapters;
    }

    /** Opens the workbook at {@code root}, which must hold chapters with a todos.json. */
    public static LearnerBook at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        Path chaptersDir = absolute.resolve("chapters");
        if (!Files.isDirectory(chaptersDir)) {
            throw new IllegalArgumentException("no chapters/ folder in " + absolute
                    + ": run ./workbook from the workbook's folder (the one with chapters/ and mvnw)");
        }
        try (Stream<Path> dirs = Files.list(chaptersDir)) {
            List<LearnerChapter> chapters = dirs
                    .filter(dir -> Files.isRegularFile(dir.resolve(LearnerManifest.FILE)))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .map(LearnerBook::chapter)
                    .toList();
            if (chapters.isEmpty()) {
                throw new IllegalArgumentException("no chapter with a " + LearnerManifest.FILE + " in " + chaptersDir);
            }
            return new LearnerBook(absolute, chapters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + chaptersDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The workbook this process works on: {@code -Dworkbook.root} (set by the launchers), else
     * the nearest folder at or above {@code start} that holds {@code chapters/}.
     */
    public static LearnerBook locate(Path start) {
        String property = System.getProperty("workbook.root");
        if (property != null && !property.isBlank()) {
            return at(Path.of(property));
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("chapters")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return at(dir);
            }
        }
        throw new IllegalArgumentException("not inside a workbook: no folder with chapters/ and pom.xml at or above "
                + start.toAbsolutePath() + "; run ./workbook from the workbook's folder");
    }

    private static LearnerChapter chapter(Path dir) {
        ChapterManifest manifest = LearnerManifest.read(dir.resolve(LearnerManifest.FILE));
        return new LearnerChapter(dir.getFileName().toString(), dir, manifest);
    }

    public Path root() {
        return root;
    }

    public Path stateDir() {
        return root.resolve(STATE_DIR);
    }

    public List<LearnerChapter> chapters() {
        return chapters;
    }

    /** The chapters that have TODOs (ch00 is provided code). */
    public List<LearnerChapter> exerciseChapters() {
        return chapters.stream().filter(chapter -> !chapter.todos().isEmpty()).toList();
    }

    /** A chapter by folder name ({@code ch01-data-types}) or prefix ({@code ch01}); the error lists the known ones. */
    public LearnerChapter chapter(String name) {
        return chapters.stream()
                .filter(chapter -> chapter.slug().equals(name) || chapter.id().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter '" + name + "'; name one by folder or prefix: "
                        + chapters.stream().map(LearnerChapter::id).toList()));
    }

    /** The chapter that holds a TODO ({@code ch01.3}). */
    public Optional<LearnerChapter> chapterOfTodo(String todoId) {
        return chapters.stream().filter(chapter -> chapter.todo(todoId).isPresent()).findFirst();
    }

    /** The chapter after this one, if any. */
    public Optional<LearnerChapter> after(LearnerChapter chapter) {
        int index = chapters.indexOf(chapter);
        return index >= 0 && index + 1 < chapters.size() ? Optional.of(chapters.get(index + 1)) : Optional.empty();
    }
}
