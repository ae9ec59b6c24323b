package workbook.harness.runner;

import java.util.Set;

/**
 * Turns a test failure into text for feedback: the exception and its message (for an
 * assertion: expected versus actual) and only the stack frames of the learner's own code,
 * never a frame of a test, so a hidden test's structure is not shown. Stateless.
 */
final class Failures {

    static final int MAX_MESSAGE = 2_000;
    private static final int MAX_FRAMES = 6;

    private Failures() {}

    static String describe(Throwable failure, Set<String> learnerClasses) {
        StringBuilder text = new StringBuilder();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 3; depth++, current = current.getCause()) {
            if (depth > 0) {
                text.append("\nCaused by: ");
            }
            text.append(headline(current));
            int frames = 0;
            for (StackTraceElement frame : current.getStackTrace()) {
                if (learnerClasses.contains(frame.getClassName()) && frames++ < MAX_FRAMES) {
                    text.append("\n    at ").append(frame(frame));
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return cap(normalize(text.toString()), MAX_MESSAGE);
    }

    /** A frame without the class loader and module prefixes the JVM would add. */
    static String frame(StackTraceElement frame) {
        String where = frame.getFileName() == null ? "Unknown Source"
                : frame.getLineNumber() >= 0 ? frame.getFileName() + ":" + frame.getLineNumber() : frame.getFileName();
        return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
    }

    private static String headline(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        if (failure instanceof AssertionError && !message.isEmpty()) {
            return message;
        }
        String type = failure.getClass().getName();
        if (type.startsWith("java.lang.") && type.indexOf('.', "java.lang.".length()) < 0) {
            type = type.substring("java.lang.".length());
        }
        return message.isEmpty() ? type : type + ": " + message;
    }

    /** Identity hash codes differ from run to run; feedback must not. */
    static String normalize(String text) {
        return text == null ? null : text.replaceAll("(\\w)@[0-9a-f]{4,8}\\b", "$1@…");
    }

    static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n… (cut at " + max + " characters)";
    }
}
