package workbook.harness.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workbook on disk. Its chapters are the directories {@code solutions/chNN-*} that
 * hold a {@code chapter.json}, in the order of their names: no list of chapters is kept
 * anywhere else.
 */
public final class Workbook {

    public static final String MANIFEST = "chapter.json";

    private final Path root;

    private Workbook(Path root) {
        this.root = root;
    }

    /** Opens the workbook at {@code root}, which must hold {@code solutions/}. */
    public static Workbook at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("solutions"))) {
            throw new IllegalArgumentException(
                    "not a workbook root (no solutions/ folder): " + absolute
                            + "; pass --root pointing at the folder that holds pom.xml, solutions/ and chapters/");
        }
        return new Workbook(absolute);
    }

    public Path root() {
        return root;
    }

    public List<Chapter> chapters() {
        try (Stream<Path> dirs = Files.list(root.resolve("solutions"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve(MANIFEST)))
                    .sorted(Comparator.comparing(dir -> dir.getFileName().toString()))
                    .map(this::chapter)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chapter with this ID ({@code ch01}) or slug ({@code ch01-data-types}). */
    public Chapter chapter(String idOrSlug) {
        return chapters().stream()
                .filter(c -> c.id().equals(idOrSlug) || c.slug().equals(idOrSlug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chapter '" + idOrSlug
                        + "'; known: " + chapters().stream().map(Chapter::id).toList()));
    }

    private Chapter chapter(Path solutionDir) {
        String slug = solutionDir.getFileName().toString();
        ChapterManifest manifest = ChapterManifest.read(solutionDir.resolve(MANIFEST));
        if (!slug.startsWith(manifest.id() + "-")) {
            throw new IllegalStateException(solutionDir.resolve(MANIFEST) + ": id '" + manifest.id()
                    + "' does not match the folder name " + slug);
        }
        return new Chapter(slug, solutionDir, root.resolve("chapters").resolve(slug), manifest);
    }
}
