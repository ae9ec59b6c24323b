package workbook.learner.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.generate.LearnerManifest;
import workbook.testkit.TodoId;

/**
 * Starts a chapter's demo in the demo's own JVM ({@code workbook run}) and turns an
 * unfinished TODO met on the way into one line that names it and its doc, instead of a
 * stack trace: {@code not yet: TODO ch03.1 File each span into its trace, see
 * docs/ch03-collector.md#ch031}. Any other exception is the learner's to see, in full.
 * Arguments: the demo's main class, then the demo's arguments; {@code -Dworkbook.todos}
 * names the chapter's todos.json.
 */
public final class DemoMain {

    /** Exit status of a demo that met an unfinished TODO. */
    public static final int NOT_YET = 4;
    private static final Pattern TODO = Pattern.compile("^TODO (" + TodoId.PATTERN.pattern() + ")\\b");

    private DemoMain() {}

    public static void main(String[] args) throws Throwable {
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException wrapper) {
            Throwable failure = wrapper.getCause();
            Optional<String> todo = unfinishedTodo(failure);
            if (todo.isEmpty()) {
                throw failure;
            }
            System.out.flush();
            System.err.println(notYet(todo.get(), System.getProperty("workbook.todos")));
            System.exit(NOT_YET);
        }
    }

    /** The TODO whose stub threw, anywhere in the chain of causes. */
    static Optional<String> unfinishedTodo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnsupportedOperationException && cause.getMessage() != null) {
                Matcher matcher = TODO.matcher(cause.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<String> inner = unfinishedTodo(suppressed);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    static String notYet(String todoId, String manifestPath) {
        String line = "not yet: TODO " + todoId;
        if (manifestPath == null) {
            return line + " is unfinished";
        }
        try {
            ChapterManifest manifest = LearnerManifest.read(Path.of(manifestPath));
            Optional<ChapterManifest.Todo> todo = manifest.todo(todoId);
            return line + (todo.isPresent() ? " " + todo.get().title() : "") + ", see " + manifest.doc() + "#"
                    + todoId.replace(".", "");
        } catch (RuntimeException e) {
            return line + " is unfinished";
        }
    }
}
