package workbook.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a program prints, for tests of demos and reports. The grader loads this class once, from
 * its own loader, for every chapter's tests; it keeps no state, and {@link #onSystemOut} always
 * puts {@code System.out} back, so that one test's capture never outlives it.
 */
public final class Printed {

    /** Code that prints, such as a demo's {@code main}; it may throw a checked exception. */
    @FunctionalInterface
    public interface Program {
        void run() throws Exception;
    }

    private Printed() {}

    /**
     * What {@code program} prints on {@code System.out}, decoded as UTF-8. {@code System.out} is
     * the original stream again afterwards, however {@code program} ends. An unchecked exception
     * or an error from {@code program} comes out unchanged; a checked one fails the test as an
     * {@link AssertionError} with it as the cause.
     */
    public static String onSystemOut(Program program) {
        Objects.requireNonNull(program, "program");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            program.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** What {@code program} prints on the stream it is given, decoded as UTF-8. */
    public static String to(Consumer<PrintStream> program) {
        Objects.requireNonNull(program, "program");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        program.accept(new PrintStream(captured, true, StandardCharsets.UTF_8));
        return captured.toString(StandardCharsets.UTF_8);
    }
}
