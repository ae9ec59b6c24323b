package workbook.learner.reset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The skeleton's version of each chapter's {@code src/main/java} files: what {@code reset}
 * restores. The tool's jar carries them ({@link SkeletonBundle} writes them at build time from
 * the generator, never from a learner's folder), so they are the same in the repository and
 * in the learner kit. Immutable.
 */
public final class Skeletons {

    static final String FOLDER = "workbook-skeletons";
    static final String INDEX = FOLDER + "/index.txt";

    /** chapter slug to (path below src/main/java to content). */
    private final Map<String, SortedMap<String, String>> files;

    public Skeletons(Map<String, SortedMap<String, String>> files) {
        Map<String, SortedMap<String, String>> copy = new TreeMap<>();
        files.forEach((slug, sources) -> copy.put(slug, new TreeMap<>(sources)));
        this.files = copy;
    }

    /** The skeletons in the tool's jar; empty when it was built without them. */
    public static Skeletons bundled() {
        ClassLoader loader = Skeletons.class.getClassLoader();
        Map<String, SortedMap<String, String>> files = new TreeMap<>();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                return new Skeletons(Map.of());
            }
            for (String line : new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank()) {
                    continue;
                }
                int slash = line.indexOf('/');
                try (InputStream content = loader.getResourceAsStream(FOLDER + "/" + line)) {
                    if (content == null) {
                        throw new IllegalStateException("the tool's jar lists " + line + " but does not hold it");
                    }
                    files.computeIfAbsent(line.substring(0, slash), slug -> new TreeMap<>())
                            .put(line.substring(slash + 1), new String(content.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the skeletons in the tool's jar: " + e.getMessage(), e);
        }
        return new Skeletons(files);
    }

    /** The skeleton's files of a chapter, path below {@code src/main/java} to content. */
    public SortedMap<String, String> of(String slug) {
        return files.getOrDefault(slug, new TreeMap<>());
    }

    public Optional<String> file(String slug, String path) {
        return Optional.ofNullable(of(slug).get(path));
    }

    /** The files of a chapter whose skeleton holds {@code // TODO <id>:}. */
    public List<String> filesWithTodo(String slug, String todoId) {
        return of(slug).entrySet().stream()
                .filter(file -> file.getValue().contains(SkeletonSplice.marker(todoId)))
                .map(Map.Entry::getKey)
                .toList();
    }
}
