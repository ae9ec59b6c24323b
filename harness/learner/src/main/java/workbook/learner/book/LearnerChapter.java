package workbook.learner.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.harness.generate.ChapterManifest;

/**
 * One chapter as the learner has it: {@code chapters/<slug>} with its sources, its visible
 * tests and its learner manifest ({@code todos.json}). Immutable.
 *
 * @param slug     folder name, {@code ch01-data-types}
 * @param dir      {@code chapters/<slug>}
 * @param manifest the learner-facing manifest: TODOs in order, hints, needs
 */
public record LearnerChapter(String slug, Path dir, ChapterManifest manifest) {

    private static final Pattern MAIN_CLASS = Pattern.compile("<exec\\.mainClass>\\s*([\\w.$]+)\\s*</exec\\.mainClass>");

    public String id() {
        return manifest.id();
    }

    public String title() {
        return manifest.title();
    }

    public List<ChapterManifest.Todo> todos() {
        return manifest.todos();
    }

    public Path mainSources() {
        return dir.resolve("src/main/java");
    }

    public Path testSources() {
        return dir.resolve("src/test/java");
    }

    /** Where the chapter's build writes its class paths (see chapters/pom.xml). */
    public Path classPathFile(String scope) {
        return dir.resolve("target/workbook-classpath").resolve(scope + ".txt");
    }

    /** The class path entries written for {@code scope} ("runtime" or "test"), or empty when not yet written. */
    public Optional<List<Path>> classPath(String scope) {
        Path file = classPathFile(scope);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return Optional.of(List.of());
            }
            return Optional.of(Arrays.stream(text.split(java.io.File.pathSeparator)).map(Path::of).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The chapter's demo, the {@code exec.mainClass} of its pom, if it has one. */
    public Optional<String> demoMainClass() {
        Path pom = dir.resolve("pom.xml");
        try {
            Matcher matcher = MAIN_CLASS.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The doc's anchor for a TODO, as the chapter docs write it: {@code docs/ch03-collector.md#ch031}. */
    public String docLink(String todoId) {
        return manifest.doc() + "#" + todoId.replace(".", "");
    }

    public Optional<ChapterManifest.Todo> todo(String todoId) {
        return manifest.todo(todoId);
    }
}
