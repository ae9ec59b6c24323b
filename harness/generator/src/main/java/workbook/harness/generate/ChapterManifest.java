package workbook.harness.generate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chapter's manifest, {@code solutions/<slug>/chapter.json}: the single source of
 * truth for the chapter's TODO IDs, titles, points and progressive hints. The generator,
 * the build's contract check and the grader all read it; nothing else lists TODOs.
 *
 * @param id      short chapter ID, {@code ch01}
 * @param title   human title, {@code Data types}
 * @param javaPackage the chapter's package, the same in chapters/ and solutions/
 * @param doc     the chapter doc, relative to the workbook root
 * @param todos   the exercises in the order a learner should do them; empty for provided code
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ChapterManifest(
        String id, String title, String javaPackage, String doc, List<Todo> todos) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * One exercise: a {@code // BEGIN SOLUTION <id>} region in the reference code.
     *
     * @param id     stable ID, {@code ch01.3}; never renumbered once published
     * @param title  what the learner implements, shown in the TODO and in feedback
     * @param points weight of this TODO in the chapter's grade
     * @param hints  progressive hints: the first is printed in the skeleton, all are in the doc
     * @param needs  the earlier TODOs of this chapter whose code this one's tests run through:
     *               while one of them is unfinished, the learner tool shows "waiting for" it
     *               instead of counting this TODO's failures; empty when it stands alone
     */
    public record Todo(String id, String title, int points, List<String> hints, List<String> needs) {
        public Todo {
            Objects.requireNonNull(id, "todo id");
            Objects.requireNonNull(title, "title of " + id);
            hints = hints == null ? List.of() : List.copyOf(hints);
            needs = needs == null ? List.of() : List.copyOf(needs);
        }

        public Todo(String id, String title, int points, List<String> hints) {
            this(id, title, points, hints, List.of());
        }
    }

    public ChapterManifest {
        Objects.requireNonNull(id, "chapter id");
        Objects.requireNonNull(title, "title of chapter " + id);
        Objects.requireNonNull(javaPackage, "javaPackage of chapter " + id);
        Objects.requireNonNull(doc, "doc of chapter " + id);
        todos = todos == null ? List.of() : List.copyOf(todos);
        requireNeedsEarlier(id, todos);
    }

    /** A TODO can only need TODOs that come before it, so manifest order is a valid work order. */
    private static void requireNeedsEarlier(String chapterId, List<Todo> todos) {
        for (int i = 0; i < todos.size(); i++) {
            Todo todo = todos.get(i);
            List<String> earlier = todos.subList(0, i).stream().map(Todo::id).toList();
            for (String need : todo.needs()) {
                if (!earlier.contains(need)) {
                    throw new IllegalArgumentException("chapter " + chapterId + ": TODO " + todo.id() + " needs '"
                            + need + "', which is not an earlier TODO of the chapter; earlier ones: " + earlier);
                }
            }
        }
    }

    /** Reads a manifest, naming the file in the error when it is malformed. */
    public static ChapterManifest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), ChapterManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chapter manifest " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<Todo> todo(String todoId) {
        return todos.stream().filter(t -> t.id().equals(todoId)).findFirst();
    }

    /** The sum of the TODOs' points: the chapter's maximum score. */
    public int maxPoints() {
        return todos.stream().mapToInt(Todo::points).sum();
    }
}
