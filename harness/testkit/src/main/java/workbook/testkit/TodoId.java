package workbook.testkit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TODO's stable ID, {@code ch01.3}: chapter 01, exercise 3. The one place that knows the
 * format; the generator, the progress report, the grader and the learner tool parse IDs here.
 * Immutable.
 *
 * @param chapter the chapter number, 0 to 99
 * @param number  the exercise number within the chapter, from 1
 */
public record TodoId(int chapter, int number) implements Comparable<TodoId> {

    /** The textual form: {@code ch}, two digits, a dot, a positive number. */
    public static final Pattern PATTERN = Pattern.compile("ch(\\d\\d)\\.([1-9]\\d*)");

    private static final Pattern IN_TEXT = Pattern.compile("\\b" + PATTERN.pattern() + "\\b");

    public TodoId {
        if (chapter < 0 || chapter > 99) {
            throw new IllegalArgumentException("chapter must be in [0, 99], got " + chapter);
        }
        if (number < 1) {
            throw new IllegalArgumentException("TODO number must be at least 1, got " + number);
        }
    }

    /** Parses {@code ch01.3}; anything else is rejected with a message showing the format. */
    public static TodoId parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a TODO ID: '" + text + "'; expected ch<two digits>.<number>, e.g. ch01.3"));
    }

    /** The ID {@code text} is, or empty when it is not exactly one. */
    public static Optional<TodoId> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PATTERN.matcher(text.strip());
        return matcher.matches() ? Optional.of(of(matcher)) : Optional.empty();
    }

    /** The first ID mentioned in {@code text} ({@code "TODO ch01.3: ..."}), if any. */
    public static Optional<TodoId> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        return matcher.find() ? Optional.of(of(matcher)) : Optional.empty();
    }

    private static TodoId of(Matcher matcher) {
        return new TodoId(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The chapter's short ID, {@code ch01}. */
    public String chapterId() {
        return "ch%02d".formatted(chapter);
    }

    /** The HTML anchor of the TODO's section in the chapter doc, {@code ch013}. */
    public String anchor() {
        return chapterId() + number;
    }

    /** Chapter first, then number: {@code ch01.2} before {@code ch01.10}. */
    @Override
    public int compareTo(TodoId other) {
        int byChapter = Integer.compare(chapter, other.chapter);
        return byChapter != 0 ? byChapter : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return chapterId() + "." + number;
    }
}
