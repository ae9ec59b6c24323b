package workbook.learner.hint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbook.harness.generate.ChapterManifest;

/**
 * How many hints of each TODO the learner has revealed, kept in {@code .workbook/hints.json}
 * so that a hint once shown stays shown. The first hint is revealed from the start: the
 * skeleton prints it next to the TODO. The hints themselves come from the manifest only.
 * Not thread-safe; every change is written at once, atomically.
 */
public final class HintLevels {

    public static final String FILE = "hints.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path file;
    private final Map<String, Integer> levels;

    private HintLevels(Path file, Map<String, Integer> levels) {
        this.file = file;
        this.levels = levels;
    }

    /** The levels stored in {@code stateDir}; none yet when the file is missing or unreadable. */
    public static HintLevels in(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        Map<String, Integer> levels = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                levels.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Integer>>() {}));
            } catch (IOException e) {
                // A damaged file costs the learner only hints already seen: start again from one.
            }
        }
        return new HintLevels(file, levels);
    }

    /** How many hints of this TODO are revealed: at least one, at most all it has. */
    public int level(ChapterManifest.Todo todo) {
        int max = todo.hints().size();
        return Math.max(Math.min(1, max), Math.min(max, levels.getOrDefault(todo.id(), 1)));
    }

    /** The hints revealed so far, in order. */
    public List<String> revealed(ChapterManifest.Todo todo) {
        return todo.hints().subList(0, level(todo));
    }

    /** Reveals one more hint, if there is one; returns the new level. */
    public int revealNext(ChapterManifest.Todo todo) {
        int next = Math.min(todo.hints().size(), level(todo) + 1);
        if (next != levels.getOrDefault(todo.id(), 1)) {
            levels.put(todo.id(), next);
            save();
        }
        return next;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".hints-", ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), levels);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save hint levels to " + file + ": " + e.getMessage(), e);
        }
    }
}
