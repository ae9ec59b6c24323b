package workbook.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import workbook.engine.jvm.TestJvmSettings;

/**
 * Options shared by the commands that grade: where the workbook is and how test JVMs are
 * bounded. Picocli mixin; not thread-safe (filled once by the parser).
 */
public final class HarnessOptions {

    @Option(names = "--root", description = "The workbook root (holds solutions/, built). Default: the current"
            + " folder, else the one the harness jar is in (harness/target/../..).")
    private Path root;

    @Option(names = "--test-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "CPU time one test may use before it fails as timed out (a busy machine does not"
                    + " count; a test that waits gets 6 times as long on the clock, at least 60 s)."
                    + " Default: ${DEFAULT-VALUE}.")
    private int testTimeoutSeconds;

    @Option(names = "--heap", defaultValue = "256", paramLabel = "MB",
            description = "Heap cap of each test JVM. Default: ${DEFAULT-VALUE}.")
    private int heapMegabytes;

    @Option(names = "--java", paramLabel = "PATH",
            description = "The java executable for test JVMs. Default: the one running the harness.")
    private Path java;

    @Option(names = "--no-aot-cache", description = "Start test JVMs without an ahead-of-time cache. By default,"
            + " with Java 25 or newer, they start from one, made once per JDK and harness build by a training run of"
            + " the reference solutions (about 20 s) and kept next to the harness jar.")
    private boolean noAotCache;

    /** Whether test JVMs may start from an AOT cache (not --no-aot-cache). */
    public boolean aotCache() {
        return !noAotCache;
    }

    /** The workbook root: --root, else the current folder or the jar's workbook. */
    public Path root() {
        if (root != null) {
            return root;
        }
        Path current = Path.of("").toAbsolutePath();
        if (Files.isDirectory(current.resolve("solutions"))) {
            return current;
        }
        try {
            Path jar = Path.of(HarnessOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().getParent();
            if (Files.isDirectory(candidate.resolve("solutions"))) {
                return candidate;
            }
        } catch (Exception e) {
            // fall through to the current folder, which then fails with a clear message
        }
        return current;
    }

    public TestJvmSettings jvm() {
        if (testTimeoutSeconds < 1 || heapMegabytes < 32) {
            throw new IllegalArgumentException("--test-timeout must be at least 1 s and --heap at least 32 MB");
        }
        Path executable = java != null ? java : Path.of(System.getProperty("java.home"), "bin", "java");
        return TestJvmSettings.of(executable, testTimeoutSeconds, heapMegabytes).sandboxed(true);
    }

    /** The limits as options for another run of the harness (the Gradescope autograder's). */
    public List<String> commandLineOptions() {
        return List.of("--test-timeout " + testTimeoutSeconds, "--heap " + heapMegabytes);
    }
}
