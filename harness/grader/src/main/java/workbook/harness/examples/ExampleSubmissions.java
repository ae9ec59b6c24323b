package workbook.harness.examples;

import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.generate.Workbook;
import workbook.engine.files.FileTrees;

/**
 * Makes the example submissions of {@code harness/examples/submissions}: each
 * {@code <name>.patch} recipe ({@link ExampleRecipe}) becomes the folder (or {@code .zip}) a
 * learner would hand in; any other entry (a corrupt zip, a stray file, an empty folder) is
 * copied as it is, since being malformed is its point. Stateless.
 */
public final class ExampleSubmissions {

    /** Where the recipes live, relative to the workbook root. */
    public static final String FOLDER = "harness/examples/submissions";

    private ExampleSubmissions() {}

    /**
     * Writes every example submission into {@code out} (created; existing entries of the same
     * name are replaced) and returns their paths, sorted by name.
     */
    public static List<Path> materialize(Workbook workbook, Path out) {
        Path recipes = workbook.root().resolve(FOLDER);
        List<Path> made = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (Path entry : list(recipes)) {
                String fileName = entry.getFileName().toString();
                if (fileName.endsWith(ExampleRecipe.SUFFIX) && Files.isRegularFile(entry)) {
                    made.add(make(workbook, ExampleRecipe.read(entry), out));
                } else {
                    Path copy = out.resolve(fileName);
                    replace(copy);
                    copyTree(entry, copy);
                    made.add(copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the example submissions to " + out + ": " + e.getMessage(), e);
        }
        made.sort(null);
        return List.copyOf(made);
    }

    /** One recipe's submission: the chapters as the learner did them, the patch applied. */
    static Path make(Workbook workbook, ExampleRecipe recipe, Path out) throws IOException {
        Path folder = out.resolve(recipe.name());
        replace(folder);
        for (String id : recipe.chapters()) {
            Chapter chapter = workbook.chapter(id);
            Path sources = folder.resolve("chapters").resolve(chapter.slug()).resolve("src/main/java");
            Map<String, byte[]> files = SkeletonGenerator.partlySolvedSources(chapter,
                    recipe.leftAsSkeleton()::contains);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = sources.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        apply(recipe, folder);
        if (!recipe.zipped()) {
            return folder;
        }
        Path zip = out.resolve(recipe.name() + ".zip");
        zip(folder, zip);
        replace(folder);
        return zip;
    }

    private static void apply(ExampleRecipe recipe, Path folder) throws IOException {
        if (recipe.diff().isBlank()) {
            return;
        }
        UnifiedDiff diff = UnifiedDiffReader.parseUnifiedDiff(
                new ByteArrayInputStream(recipe.diff().getBytes(StandardCharsets.UTF_8)));
        if (diff.getFiles().isEmpty() || diff.getFiles().stream()
                .anyMatch(file -> file.getToFile() == null || file.getPatch().getDeltas().isEmpty())) {
            throw new IllegalArgumentException(FOLDER + "/" + recipe.name() + ".patch has text after its header but"
                    + " no file diff in it: write a unified diff ('--- a/chapters/...', '+++ b/chapters/...', '@@ ...')");
        }
        for (UnifiedDiffFile file : diff.getFiles()) {
            String path = withoutPrefix(file.getToFile());
            Path target = folder.resolve(path).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalArgumentException(recipe.name() + ".patch: " + path + " is outside the submission");
            }
            List<String> original = Files.isRegularFile(target)
                    ? Arrays.asList(Files.readString(target, StandardCharsets.UTF_8).split("\n", -1))
                    : List.of();
            List<String> lines = original.isEmpty() ? original : original.subList(0, original.size() - 1);
            List<String> patched;
            try {
                patched = file.getPatch().applyFuzzy(lines, 0); // moved lines are fine, changed ones are not
            } catch (PatchFailedException e) {
                throw new IllegalStateException(FOLDER + "/" + recipe.name() + ".patch no longer applies to " + path
                        + " (" + e.getMessage() + "): the reference changed under it; redo the example's edit on"
                        + " the reference and write its diff again", e);
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, String.join("\n", patched) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static String withoutPrefix(String path) {
        return path.startsWith("b/") || path.startsWith("a/") ? path.substring(2) : path;
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(folder.relativize(path).toString().replace('\\', '/'));
                entry.setTime(0);
                out.putNextEntry(entry);
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no example submissions at " + dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }


    /** Clears the way for a new copy of an example; an old one that cannot go is an error, not a mix. */
    private static void replace(Path path) {
        if (!FileTrees.deleteTree(path)) {
            throw new IllegalStateException("cannot delete " + path + " to write the example again");
        }
    }
}
