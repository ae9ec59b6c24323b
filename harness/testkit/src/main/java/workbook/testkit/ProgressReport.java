package workbook.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the progress report that {@link TodoProgressListener} left in a file, after Maven's
 * test summary, and then fails the build if any test failed: so the report is the last thing
 * a learner reads before Maven's verdict. Run by the chapters' pom (exec-maven-plugin, in the
 * {@code test} phase after Surefire, which is told to let the build go on past test failures).
 */
public final class ProgressReport {

    private static final String FAILURES = "# failures ";

    private ProgressReport() {}

    /**
     * Prints and removes the report file; throws, failing the build, when the run had failures.
     * A missing file means no tests ran (skipped, or nothing to run): nothing to say.
     *
     * @param args the report file
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ProgressReport <report file>");
        }
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Files.delete(file);
        int newline = content.indexOf('\n');
        int failures = Integer.parseInt(content.substring(FAILURES.length(), newline).strip());
        System.out.print(content.substring(newline + 1));
        System.out.flush();
        if (failures > 0) {
            throw new TestsFailed(failures + (failures == 1 ? " test" : " tests")
                    + " failed: the progress report above says which TODO is next");
        }
    }

    /** Fails the build with one line: Maven prints it, and no stack trace of this class. */
    private static final class TestsFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TestsFailed(String message) {
            super(message, null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    static void write(Path file, int failures, String report) {
        try {
            TodoProgressListener.writeAtomically(file, FAILURES + failures + "\n" + report);
        } catch (UncheckedIOException e) {
            System.out.print(report);
            throw e;
        }
    }
}
