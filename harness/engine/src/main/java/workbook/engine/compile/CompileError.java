package workbook.engine.compile;

/**
 * One compiler error. Immutable.
 *
 * @param file    the source file relative to {@code src/main/java} ({@code workbook/trace/Span.java}),
 *                or null for an error without a file
 * @param line    its line, or -1
 * @param message the compiler's message
 */
public record CompileError(String file, long line, String message) {

    /** {@code src/main/java/workbook/trace/Span.java:12: cannot find symbol}. */
    public String describe(String sourceRoot) {
        return file == null ? message : sourceRoot + file + ":" + line + ": " + message;
    }
}
