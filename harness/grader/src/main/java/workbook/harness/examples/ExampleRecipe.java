package workbook.harness.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One example submission kept as a recipe, {@code harness/examples/submissions/<name>.patch}:
 * a few header lines, then a unified diff against the reference as a learner would hand it in.
 * What the example shows, and the grade it must get, are in {@code harness/examples/expected/<name>.json}.
 *
 * <pre>
 * Chapters: ch01
 * Left as skeleton: ch01.4 ch01.5        (optional: TODOs the learner has not done)
 * Packed: zip                            (optional: hand it in as a .zip)
 * --- a/chapters/ch01-data-types/src/main/java/workbook/trace/Trace.java
 * +++ b/chapters/ch01-data-types/src/main/java/workbook/trace/Trace.java
 * &#64;&#64; -86,8 +86,8 &#64;&#64;
 * ...
 * </pre>
 *
 * Why a recipe and not a copy: a change to the reference reaches every example at once, and
 * an example whose edit no longer applies fails loudly instead of drifting. Immutable.
 *
 * @param name           the submission's name (the file name without {@code .patch})
 * @param chapters       the chapter IDs the submission holds
 * @param leftAsSkeleton the TODOs left as the skeleton has them
 * @param zipped         hand the submission in as a {@code .zip} of its folder
 * @param diff           the unified diff, possibly empty
 */
public record ExampleRecipe(String name, List<String> chapters, Set<String> leftAsSkeleton,
        boolean zipped, String diff) {

    public static final String SUFFIX = ".patch";
    private static final String CHAPTERS = "Chapters:";
    private static final String LEFT = "Left as skeleton:";
    private static final String PACKED = "Packed:";

    public ExampleRecipe {
        chapters = List.copyOf(chapters);
        leftAsSkeleton = Set.copyOf(leftAsSkeleton);
    }

    /** Reads a recipe; the error names the file and the line that is wrong. */
    public static ExampleRecipe read(Path file) {
        String fileName = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + file + ": " + e.getMessage(), e);
        }
        List<String> chapters = List.of();
        List<String> left = List.of();
        boolean zipped = false;
        int diffStart = text.length();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            if (line.startsWith("--- ")) {
                diffStart = at;
                break;
            }
            if (line.startsWith(CHAPTERS)) {
                chapters = words(line.substring(CHAPTERS.length()));
            } else if (line.startsWith(LEFT)) {
                left = words(line.substring(LEFT.length()));
            } else if (line.startsWith(PACKED)) {
                String packed = line.substring(PACKED.length()).strip();
                if (!packed.equals("zip")) {
                    throw new IllegalArgumentException(file + ": 'Packed:' takes only 'zip', got '" + packed + "'");
                }
                zipped = true;
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException(file + ": '" + line + "' is not a header line; a recipe starts"
                        + " with 'Chapters:', optionally 'Left as skeleton:' and 'Packed: zip', then its diff");
            }
            at = end < 0 ? text.length() : end + 1;
        }
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException(file + ": needs a line 'Chapters: ch01 ...' naming the chapters the"
                    + " submission holds");
        }
        String name = fileName.substring(0, fileName.length() - SUFFIX.length());
        return new ExampleRecipe(name, chapters, Set.copyOf(left), zipped,
                text.substring(diffStart));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
