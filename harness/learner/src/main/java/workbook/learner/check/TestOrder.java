package workbook.learner.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.book.LearnerChapter;
import workbook.testkit.TodoId;

/**
 * The order the visible test classes run in: by the first TODO, in manifest order, that each
 * one tests. The next TODO's tests then run before those of later TODOs, so when code hangs
 * and the check's time runs out, what was cut is what the learner is not looking at yet.
 * Stateless.
 */
final class TestOrder {

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"(" + TodoId.PATTERN.pattern() + ")\"\\)");

    private TestOrder() {}

    /** The top-level classes among {@code compiled} (binary names), ordered. */
    static List<String> of(LearnerChapter chapter, Collection<String> compiled) {
        List<String> ids = chapter.todos().stream().map(ChapterManifest.Todo::id).toList();
        return compiled.stream()
                .filter(name -> name.indexOf('$') < 0)
                .sorted(Comparator.comparingInt((String name) -> firstTodo(chapter, name, ids))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static int firstTodo(LearnerChapter chapter, String className, List<String> ids) {
        Path source = chapter.testSources().resolve(className.replace('.', '/') + ".java");
        int first = Integer.MAX_VALUE;
        try {
            Matcher tag = TAG.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (tag.find()) {
                int index = ids.indexOf(tag.group(1));
                if (index >= 0) {
                    first = Math.min(first, index);
                }
            }
        } catch (IOException e) {
            // a helper class without a source of its own: after the tests
        }
        return first;
    }
}
