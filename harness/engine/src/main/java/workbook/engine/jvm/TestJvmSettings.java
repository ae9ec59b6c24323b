package workbook.engine.jvm;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How test JVMs are started and bounded. Immutable.
 *
 * @param java               the {@code java} executable
 * @param classPath          the runner's class path: the harness jar, or this JVM's class path
 * @param testTimeoutSeconds per test, in CPU time of the test's thread (a busy machine does not count)
 * @param heapMegabytes      each test JVM's heap cap
 * @param outputLimitBytes   a test printing more fails; so does a JVM printing more past the runner
 * @param keptOutputBytes    per test, kept for feedback
 * @param budgetSeconds      for all of one submission's tests
 * @param sandboxed          on Linux with bubblewrap, run each test JVM in a sandbox (see {@link Sandbox})
 * @param readable           files and folders a sandboxed test JVM may read besides the JDK and its
 *                           class path (third-party library jars)
 * @param aotCache           the ahead-of-time cache test JVMs start from, if any (see {@link AotCache})
 */
public record TestJvmSettings(Path java, String classPath, int testTimeoutSeconds, int heapMegabytes,
        long outputLimitBytes, int keptOutputBytes, long budgetSeconds, boolean sandboxed, List<Path> readable,
        Optional<AotCache> aotCache) {

    public TestJvmSettings {
        readable = List.copyOf(readable);
        Objects.requireNonNull(aotCache, "aotCache");
    }

    public static final long OUTPUT_LIMIT_BYTES = 1L << 20;
    public static final int KEPT_OUTPUT_BYTES = 4096;
    public static final long BUDGET_SECONDS = 900;

    /** Per-test timeout by default. */
    public static final int TEST_TIMEOUT_SECONDS = 10;
    /** Heap cap of a test JVM by default. */
    public static final int HEAP_MEGABYTES = 256;

    /** The defaults, run by this JVM's own {@code java}, with the runner taken from this JVM's class path. */
    public static TestJvmSettings defaults() {
        return of(Path.of(System.getProperty("java.home"), "bin", "java"), TEST_TIMEOUT_SECONDS, HEAP_MEGABYTES);
    }

    /** The defaults, with the runner taken from this JVM's own class path. */
    public static TestJvmSettings of(Path java, int testTimeoutSeconds, int heapMegabytes) {
        return new TestJvmSettings(java, absoluteClassPath(), testTimeoutSeconds, heapMegabytes,
                OUTPUT_LIMIT_BYTES, KEPT_OUTPUT_BYTES, BUDGET_SECONDS, false, List.of(), Optional.empty());
    }

    /**
     * How long one test may take on the clock: a test that waits forever uses no CPU, so it
     * is stopped by this much longer limit ({@value #WALL_FACTOR} times the CPU limit, at least
     * {@value #MIN_WALL_SECONDS} s).
     */
    public int wallTimeoutSeconds() {
        return Math.max(MIN_WALL_SECONDS, WALL_FACTOR * testTimeoutSeconds);
    }

    /** The wall-clock limit of a test, in multiples of its CPU limit. */
    public static final int WALL_FACTOR = 6;
    /** The shortest wall-clock limit of a test. */
    public static final int MIN_WALL_SECONDS = 60;

    /** The same settings, with test JVMs in a bubblewrap sandbox where available. */
    public TestJvmSettings sandboxed(boolean on) {
        return new TestJvmSettings(java, classPath, testTimeoutSeconds, heapMegabytes, outputLimitBytes,
                keptOutputBytes, budgetSeconds, on, readable, aotCache);
    }

    /** The same settings, with test JVMs that start from (or, training, write) this cache. */
    public TestJvmSettings aotCache(AotCache cache) {
        return new TestJvmSettings(java, classPath, testTimeoutSeconds, heapMegabytes, outputLimitBytes,
                keptOutputBytes, budgetSeconds, sandboxed, readable, Optional.of(cache));
    }

    /** The same settings, with more paths a sandboxed test JVM may read. */
    public TestJvmSettings readable(List<Path> more) {
        List<Path> all = new java.util.ArrayList<>(readable);
        more.stream().filter(path -> !all.contains(path)).forEach(all::add);
        return new TestJvmSettings(java, classPath, testTimeoutSeconds, heapMegabytes, outputLimitBytes,
                keptOutputBytes, budgetSeconds, sandboxed, all, aotCache);
    }

    /** This JVM's class path with absolute entries: test JVMs run in their own folder. */
    public static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
