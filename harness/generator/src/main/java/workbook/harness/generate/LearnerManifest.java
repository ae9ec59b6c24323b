package workbook.harness.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The learner-facing part of a chapter's manifest, written into every generated chapter as
 * {@code chapters/<slug>/todos.json}: chapter ID, title, package and doc, and per TODO its ID,
 * title, points, hints and the earlier TODOs it needs, in manifest order. The learner tool
 * ({@code ./workbook}) reads it, in the repository and in the learner kit alike. It names
 * no test, hidden or visible: only what a learner may see.
 */
public final class LearnerManifest {

    /** The file's name inside {@code chapters/<slug>}. */
    public static final String FILE = "todos.json";

    /** Two-space indents and '\n' on every platform, so generation is byte for byte the same. */
    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private LearnerManifest() {}

    /** The file's content: the manifest's learner-facing fields, picked one by one. */
    public static byte[] json(ChapterManifest manifest) {
        List<ChapterManifest.Todo> todos = manifest.todos().stream()
                .map(todo -> new ChapterManifest.Todo(todo.id(), todo.title(), todo.points(), todo.hints(), todo.needs()))
                .toList();
        ChapterManifest learnerPart = new ChapterManifest(
                manifest.id(), manifest.title(), manifest.javaPackage(), manifest.doc(), todos);
        try {
            return (JSON.writeValueAsString(learnerPart) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the learner manifest of " + manifest.id(), e);
        }
    }

    /** Reads a learner manifest back; the same schema as {@code chapter.json}. */
    public static ChapterManifest read(Path file) {
        return ChapterManifest.read(file);
    }
}
