package workbook.learner.check;

/**
 * One compiler error in the learner's code.
 *
 * @param file    path relative to the chapter folder, {@code src/main/java/workbook/trace/Span.java}, or null
 * @param line    1-based line, or 0 when the compiler names none
 * @param message the compiler's message
 */
public record CompileProblem(String file, long line, String message) {

    /** {@code Span.java:87}: what an IDE's console makes clickable. */
    public String where() {
        if (file == null) {
            return "";
        }
        String name = file.substring(file.lastIndexOf('/') + 1);
        return line > 0 ? name + ":" + line : name;
    }
}
