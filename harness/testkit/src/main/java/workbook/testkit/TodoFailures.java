package workbook.testkit;

import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Makes every failing test name its TODO and say what went wrong, in Maven's output and in
 * IDEs alike:
 * <ul>
 *   <li>a TODO stub ({@code UnsupportedOperationException("TODO ch01.4: ...")}) is left as it
 *       is: its message already says which TODO is not started;</li>
 *   <li>an assertion failure gets the TODO and the test's name in front of its expected-versus-
 *       actual message;</li>
 *   <li>any other exception is the learner's code throwing: "your code threw
 *       NullPointerException at Span.java:87", with the original as the cause, so the whole
 *       stack trace stays one click away.</li>
 * </ul>
 * Registered once for every chapter through {@code junit-platform.properties} and
 * {@code META-INF/services}. Stateless.
 */
public final class TodoFailures implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Optional<TodoId> todo = context.getTestMethod().flatMap(TodoOrder::todoOf);
        if (todo.isEmpty() || thrown instanceof TestAbortedException || thrown instanceof VirtualMachineError) {
            throw thrown;
        }
        throw explain(todo.get(), testName(todo.get(), context.getDisplayName()), thrown, context.getRequiredTestClass());
    }

    /** The failure as the learner should read it; {@code thrown} itself when it already says all. */
    static Throwable explain(TodoId todo, String testName, Throwable thrown, Class<?> testClass) {
        if (isStub(thrown).isPresent()) {
            return thrown;
        }
        String heading = "TODO " + todo + " " + testName;
        if (thrown instanceof AssertionError assertion) {
            if (String.valueOf(assertion.getMessage()).startsWith("TODO " + todo)) {
                return thrown;
            }
            String message = heading + "\n" + messageOf(assertion);
            AssertionError explained = assertion instanceof AssertionFailedError failed && failed.isExpectedDefined()
                    ? new AssertionFailedError(message, failed.getExpected().getValue(), failed.getActual().getValue(),
                            assertion.getCause())
                    : new AssertionFailedError(message, assertion.getCause());
            explained.setStackTrace(assertion.getStackTrace());
            Arrays.stream(assertion.getSuppressed()).forEach(explained::addSuppressed);
            return explained;
        }
        String where = learnerFrame(thrown, testClass).map(frame -> " at " + frame.getFileName() + ":"
                + frame.getLineNumber()).orElse("");
        String message = heading + "\nyour code threw " + thrown.getClass().getName() + where
                + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        AssertionFailedError explained = new AssertionFailedError(message, thrown);
        // The wrapper starts at the test's own frames; the cause keeps the learner's frames above them.
        StackTraceElement[] frames = thrown.getStackTrace();
        int firstTestFrame = 0;
        while (firstTestFrame < frames.length && !frames[firstTestFrame].getClassName().startsWith(testClass.getName())) {
            firstTestFrame++;
        }
        explained.setStackTrace(firstTestFrame < frames.length
                ? Arrays.copyOfRange(frames, firstTestFrame, frames.length) : frames);
        return explained;
    }

    /**
     * The TODO whose untouched stub threw {@code thrown} (or one of its causes), if so; also when
     * an assertion on exceptions reports the stub's exception as the one it got instead.
     */
    static Optional<TodoId> isStub(Throwable thrown) {
        return stubMessage(thrown).flatMap(TodoId::findIn);
    }

    /** The message of the stub that threw, {@code "TODO ch01.4: <title>"}, if a stub did. */
    static Optional<String> stubMessage(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (t instanceof UnsupportedOperationException && message.startsWith("TODO ")) {
                return Optional.of(message);
            }
            int stub = message.indexOf(STUB_IN_MESSAGE);
            if (t instanceof AssertionError && stub >= 0) {
                return message.substring(stub + STUB_IN_MESSAGE.length() - "TODO ".length()).lines().findFirst();
            }
        }
        return Optional.empty();
    }

    private static final String STUB_IN_MESSAGE = UnsupportedOperationException.class.getName() + ": TODO ";

    /** The topmost frame of the learner's code: a class from the chapter's main classes, not from a jar or the tests. */
    static Optional<StackTraceElement> learnerFrame(Throwable thrown, Class<?> testClass) {
        URL tests = location(testClass);
        ClassLoader loader = testClass.getClassLoader();
        for (StackTraceElement frame : thrown.getStackTrace()) {
            try {
                URL location = location(Class.forName(frame.getClassName(), false, loader));
                if (location != null && !location.equals(tests) && !location.getPath().endsWith(".jar")) {
                    return Optional.of(frame);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A frame of a class this loader cannot see is not the learner's.
            }
        }
        return Optional.empty();
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    private static String messageOf(Throwable thrown) {
        String message = thrown.getMessage();
        return message == null || message.isBlank() ? thrown.getClass().getName() : message.strip();
    }

    /** The display name without the TODO ID it starts with. */
    static String testName(TodoId todo, String displayName) {
        String name = displayName.startsWith(todo.toString()) ? displayName.substring(todo.toString().length()) : displayName;
        name = name.strip();
        return name.isEmpty() ? "(unnamed test)" : name;
    }
}
