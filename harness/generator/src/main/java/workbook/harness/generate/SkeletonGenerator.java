package workbook.harness.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Makes a chapter's learner skeleton from its reference module. What the skeleton holds:
 * the derived {@code pom.xml}, {@code src/main} with every solution region replaced by its
 * TODO, {@code src/test} (the visible tests) as it is, and the learner-facing part of the
 * manifest ({@link LearnerManifest}). Never the hidden tests ({@code src/hidden}) nor
 * {@code chapter.json} itself.
 */
public final class SkeletonGenerator {

    /** Folders of a solution module that are copied into the skeleton. */
    private static final List<String> COPIED = List.of("src/main", "src/test");

    private SkeletonGenerator() {}

    /** The skeleton's files: path relative to {@code chapters/<slug>} (with '/') to content. */
    public static SortedMap<String, byte[]> generate(Chapter chapter) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("pom.xml", utf8(ChapterPom.from(chapter, read(chapter.solutionDir().resolve("pom.xml")))));
        files.put(LearnerManifest.FILE, LearnerManifest.json(chapter.manifest()));
        for (String folder : COPIED) {
            for (Path file : filesUnder(chapter.solutionDir().resolve(folder))) {
                String relative = relative(chapter.solutionDir(), file);
                byte[] content = bytes(file);
                if (folder.equals("src/main") && relative.endsWith(".java")) {
                    content = utf8(SolutionRegions.skeleton(
                            "solutions/" + chapter.slug() + "/" + relative,
                            new String(content, StandardCharsets.UTF_8),
                            id -> chapter.manifest().todo(id).orElse(null)));
                }
                files.put(relative, content);
            }
        }
        return files;
    }

    /**
     * A chapter's {@code src/main/java} as a learner would hand it in after doing every TODO
     * except those {@code leftAsSkeleton} names (path relative to {@code src/main/java}, with '/',
     * to content). With every TODO left, this is the skeleton's; with none, the reference
     * without its markers.
     */
    public static SortedMap<String, byte[]> partlySolvedSources(Chapter chapter, Predicate<String> leftAsSkeleton) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Path sources = chapter.mainSources();
        for (Path file : filesUnder(sources)) {
            String relative = relative(sources, file);
            byte[] content = bytes(file);
            if (relative.endsWith(".java")) {
                content = utf8(SolutionRegions.partlySolved(
                        "solutions/" + chapter.slug() + "/src/main/java/" + relative,
                        new String(content, StandardCharsets.UTF_8),
                        id -> chapter.manifest().todo(id).orElse(null), leftAsSkeleton));
            }
            files.put(relative, content);
        }
        return files;
    }

    /** Regular files below {@code dir}, sorted; none when it does not exist. */
    static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean sameContent(Path file, byte[] content) {
        return Files.isRegularFile(file) && Arrays.equals(bytes(file), content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
