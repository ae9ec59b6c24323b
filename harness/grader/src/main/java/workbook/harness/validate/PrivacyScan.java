package workbook.harness.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import workbook.harness.grade.GradedChapter;

/**
 * The privacy proof: no hidden test's class name (and so none of its lines) appears in what a
 * learner receives ({@code feedback.md}, {@code results.json}).
 */
final class PrivacyScan {

    private PrivacyScan() {}

    /** The simple names of every hidden test class. */
    static Set<String> hiddenClassNames(List<GradedChapter> chapters) {
        Set<String> names = new TreeSet<>();
        for (GradedChapter chapter : chapters) {
            chapter.tests().stream().filter(test -> !test.visible())
                    .map(test -> test.className().substring(test.className().lastIndexOf('.') + 1))
                    .forEach(names::add);
        }
        return names;
    }

    /** Problems: each learner-facing file of a graded submission that names a hidden test class. */
    static List<String> scan(String submission, Path dir, Set<String> hidden) {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("feedback.md", "results.json")) {
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String name : hidden) {
                int at = text.indexOf(name);
                if (at >= 0) {
                    int from = Math.max(0, at - 60);
                    problems.add(submission + "/" + file + " names the hidden test class " + name + ": …"
                            + text.substring(from, Math.min(text.length(), at + name.length() + 40))
                                    .replace('\n', ' ') + "…");
                }
            }
        }
        return problems;
    }
}
