package workbook.engine.runner;

import java.util.Set;
import java.util.regex.Pattern;
import workbook.testkit.TodoId;

/**
 * Turns a test failure into text for feedback: the exception and its message (for an
 * assertion: expected versus actual) and only the stack frames of the learner's own code,
 * never a frame of a test or of the JDK, also where a stack trace is embedded in a message
 * (AssertJ's "but was:" shows the thrown exception's trace), so a hidden test's name and
 * structure are not shown. Stateless.
 */
final class Failures {

    static final int MAX_MESSAGE = 2_000;
    private static final int MAX_FRAMES = 6;
    private static final Pattern TODO_STUB = Pattern.compile("^TODO " + TodoId.PATTERN.pattern() + "\\b.*", Pattern.DOTALL);
    /** A stack frame line as {@code printStackTrace} and AssertJ write it. */
    private static final Pattern FRAME_LINE = Pattern.compile(
            "^\\s*at (?:[\\w.$/@-]+/)?([\\w$.]+)\\.[\\w$<>]+\\([^)]*\\)\\s*$");
    private static final Pattern MORE_LINE = Pattern.compile("^\\s*\\.\\.\\.\\s*\\d+ (?:more|common frames omitted)\\s*$");
    /** jqwik's configuration lines in a property's report ({@code tries = 1000 | # of calls to property}). */
    private static final Pattern JQWIK_SETTING = Pattern.compile("^\\s*[\\w#-]+\\s*=\\s*[^|]*\\|.*$");

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
        return cap(normalize(scrub(text.toString(), learnerClasses)), MAX_MESSAGE);
    }

    /**
     * The text without stack frame lines of anything but the learner's classes, and without
     * the "... 12 more" lines that follow them.
     */
    static String scrub(String text, Set<String> learnerClasses) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            var frame = FRAME_LINE.matcher(line);
            if (frame.matches() && !learnerClasses.contains(frame.group(1))) {
                continue;
            }
            if (MORE_LINE.matcher(line).matches() || JQWIK_SETTING.matcher(line).matches()) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('\n');
            }
            kept.append(line);
        }
        return kept.toString();
    }

    /**
     * The learner's frame an exception was thrown from, {@code Span.java:87}: the top frame of
     * the first exception in the chain (outermost first) whose top frame outside the JDK is a
     * learner class; null when no exception came from learner code.
     */
    static String learnerFrame(Throwable failure, Set<String> learnerClasses) {
        StackTraceElement frame = thrower(failure, learnerClasses);
        if (frame == null) {
            return null;
        }
        String file = frame.getFileName() == null ? simpleName(frame.getClassName()) + ".java" : frame.getFileName();
        return frame.getLineNumber() >= 0 ? file + ":" + frame.getLineNumber() : file;
    }

    /** The top learner frame of a stack ({@code Trace.java:42}), or null when none is the learner's. */
    static String learnerFrame(StackTraceElement[] stack, Set<String> learnerClasses) {
        for (StackTraceElement frame : stack) {
            if (learnerClasses.contains(frame.getClassName())) {
                String file = frame.getFileName() == null ? simpleName(frame.getClassName()) + ".java"
                        : frame.getFileName();
                return frame.getLineNumber() >= 0 ? file + ":" + frame.getLineNumber() : file;
            }
        }
        return null;
    }

    /** True when the failure is an untouched TODO stub: its "TODO chNN.k" exception thrown from a learner class. */
    static boolean isTodoStub(Throwable failure, Set<String> learnerClasses) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null
                    && TODO_STUB.matcher(t.getMessage()).matches() && topFrameIsLearners(t, learnerClasses)) {
                return true;
            }
        }
        return false;
    }

    private static StackTraceElement thrower(Throwable failure, Set<String> learnerClasses) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            StackTraceElement top = topOutsideJdk(t);
            if (top != null && learnerClasses.contains(top.getClassName())) {
                return top;
            }
        }
        return null;
    }

    private static boolean topFrameIsLearners(Throwable t, Set<String> learnerClasses) {
        StackTraceElement top = topOutsideJdk(t);
        return top != null && learnerClasses.contains(top.getClassName());
    }

    private static StackTraceElement topOutsideJdk(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String name = frame.getClassName();
            if (!(name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                    || name.startsWith("com.sun."))) {
                return frame;
            }
        }
        return null;
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

    private static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static final Pattern EPHEMERAL_PORT = Pattern.compile(
            "\\b(127\\.0\\.0\\.1|localhost|0\\.0\\.0\\.0|\\[::1?\\]|/127\\.0\\.0\\.1):(3[2-9]\\d{3}|[4-6]\\d{4})\\b");
    private static final Pattern POOL_THREAD = Pattern.compile("\\bpool-\\d+-thread-\\d+\\b");
    private static final Pattern WORKER_THREAD = Pattern.compile("\\b(ForkJoinPool(?:\\.commonPool)?-worker|Thread)-\\d+\\b");
    private static final Pattern SIMPLE_MAP = Pattern.compile("\\{([\\w.-]+=[^,{}=\\n]*(?:, [\\w.-]+=[^,{}=\\n]*)+)}");

    /**
     * What differs from run to run, masked, so that regrading gives the same feedback: identity
     * hash codes, ephemeral ports, numbered pool and worker thread names, and the iteration
     * order of small maps ({@code Map.of} is randomized per JVM), whose entries are sorted.
     */
    static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String masked = text.replaceAll("(\\w)@[0-9a-f]{4,8}\\b", "$1@…");
        masked = EPHEMERAL_PORT.matcher(masked).replaceAll("$1:<port>");
        masked = POOL_THREAD.matcher(masked).replaceAll("pool-N-thread-M");
        masked = WORKER_THREAD.matcher(masked).replaceAll("$1-N");
        var maps = SIMPLE_MAP.matcher(masked);
        StringBuilder sorted = new StringBuilder();
        while (maps.find()) {
            String entries = java.util.Arrays.stream(maps.group(1).split(", ")).sorted()
                    .collect(java.util.stream.Collectors.joining(", "));
            maps.appendReplacement(sorted, java.util.regex.Matcher.quoteReplacement("{" + entries + "}"));
        }
        maps.appendTail(sorted);
        return sorted.toString();
    }

    static String cap(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\n… (cut at " + max + " characters)";
    }
}
