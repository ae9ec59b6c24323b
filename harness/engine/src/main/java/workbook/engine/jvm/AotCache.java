package workbook.engine.jvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * An ahead-of-time cache for test JVMs (JEP 483 and 514, Java 25 or newer): the classes of
 * the runner and its test frameworks, already read, parsed and linked by a training run, plus
 * the profiles of their hot methods. A test JVM that starts from it skips that work: grading
 * a complete submission takes about a fifth less CPU. Immutable.
 *
 * <p>Why it is safe to share between submissions: it holds only classes from the runner's
 * class path (the harness jar: JUnit, jqwik, AssertJ, the runner), never a class a chapter's
 * loaders define, and it is made by a training run of the reference solutions, never of a
 * submission. Test JVMs only read it. The JVM checks that the cache matches its JDK and class
 * path and runs without it when not, so a stale cache costs speed, never a result; its name
 * holds a digest of both all the same, so that another JDK or harness build gets its own.
 *
 * @param file    the cache file
 * @param writing true for the training run that writes it, false for test JVMs that read it
 */
public record AotCache(Path file, boolean writing) {

    /** The first Java version whose {@code java} writes a cache in one run ({@code -XX:AOTCacheOutput}). */
    public static final int FIRST_VERSION = 25;

    /** The JVM options that read or write the cache (they replace {@code -Xshare:auto}). */
    List<String> options() {
        return List.of(writing ? "-XX:AOTCacheOutput=" + file : "-XX:AOTCache=" + file);
    }

    /** A cache for the training run that writes it to {@code output}. */
    public static AotCache writingTo(Path output) {
        return new AotCache(output, true);
    }

    /**
     * Where the cache of test JVMs run by {@code java} with {@code classPath} lives in
     * {@code folder}, or empty when that JDK cannot make one (before Java 25, or not a JDK
     * whose version can be read, such as a wrapper script).
     */
    public static Optional<AotCache> in(Path folder, Path java, String classPath) {
        Optional<Path> home = javaHome(java);
        if (home.isEmpty() || feature(home.get()) < FIRST_VERSION) {
            return Optional.empty();
        }
        return Optional.of(new AotCache(folder.resolve("test-jvm-" + digest(home.get(), classPath) + ".aot"), false));
    }

    /** The JDK folder of a {@code java} executable ({@code <home>/bin/java}) that has a release file. */
    static Optional<Path> javaHome(Path java) {
        try {
            Path home = java.toRealPath().getParent().getParent();
            return Files.isRegularFile(home.resolve("release")) ? Optional.of(home) : Optional.empty();
        } catch (IOException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The JDK's feature version from its release file ({@code JAVA_VERSION="25.0.3"}), or 0. */
    static int feature(Path home) {
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(home.resolve("release"), StandardCharsets.UTF_8)) {
            release.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
        String version = release.getProperty("JAVA_VERSION", "").replace("\"", "");
        try {
            return Runtime.Version.parse(version).feature();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** A digest of what a cache depends on: the JDK (release file, module image) and the class path's files. */
    private static String digest(Path home, String classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            add(sha, home.toString());
            add(sha, Files.readString(home.resolve("release")));
            addFile(sha, home.resolve("lib/modules"));
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    addFile(sha, Path.of(entry));
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static void addFile(MessageDigest sha, Path file) throws IOException {
        add(sha, file.toAbsolutePath().normalize().toString());
        if (Files.isRegularFile(file)) {
            add(sha, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
        }
    }

    private static void add(MessageDigest sha, String part) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
