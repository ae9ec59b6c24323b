package workbook.engine.jvm;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line of a test JVM: the JVM's limits and settings, and nothing of the run
 * (which arrives over standard input). On Linux with bubblewrap ({@code bwrap}, from the
 * distribution's packages) and {@link TestJvmSettings#sandboxed()}, the JVM runs in a
 * sandbox: the system's {@code /usr} (the JDK), the runner's class path, the library jars and
 * the scratch folder bound read-only, a private {@code /tmp}, no network, its own PID
 * namespace ({@code --die-with-parent}), so nothing it starts outlives it and it sees none of
 * the workbook's folders. Without bubblewrap it falls back to the limits alone and
 * {@link #status} says so. Thread-safe.
 */
public final class Sandbox {

    private static final String BWRAP = "bwrap";
    private static volatile Boolean available;

    private Sandbox() {}

    /** In words, for the front end's output: whether test JVMs run sandboxed. */
    public static String status(TestJvmSettings settings) {
        if (!settings.sandboxed()) {
            return "test JVMs run without a sandbox (limits only)";
        }
        return isAvailable()
                ? "test JVMs run in a bubblewrap sandbox (no network, private /tmp, own PID namespace, only the JDK,"
                        + " the runner and the libraries readable)"
                : "bubblewrap (bwrap) is not available, so test JVMs run without a sandbox (limits only);"
                        + " on Linux install it: apt-get install bubblewrap";
    }

    /** True when bubblewrap is installed and works here (tried once). */
    public static boolean isAvailable() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    static boolean active(TestJvmSettings settings) {
        return settings.sandboxed() && isAvailable();
    }

    /** The folder the test JVM writes to: a private /tmp in the sandbox, else its scratch folder. */
    static Path childWorkDir(TestJvmSettings settings, Path jvmWork) {
        return active(settings) ? Path.of("/tmp") : jvmWork;
    }

    static List<String> command(TestJvmSettings settings, Path jvmWork, String mainClass) {
        Path work = childWorkDir(settings, jvmWork);
        List<String> java = new ArrayList<>(List.of(
                settings.java().toString(),
                "-Xmx" + settings.heapMegabytes() + "m",
                "-XX:MaxMetaspaceSize=256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-XX:ActiveProcessorCount=2",
                "-XX:ErrorFile=" + work.resolve("hs_err.log"),
                "-Djava.io.tmpdir=" + work,
                "-Duser.home=" + work,
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Duser.timezone=UTC",
                // Log lines without a timestamp: the same submission gives the same feedback.
                "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
                "-Djava.awt.headless=true",
                // The JDK's HTTP server reads this once per JVM: without it each exchange of ch06's
                // HTTP tests waits about 40 ms for a delayed ACK (4.6 s of ch06's 5.5 s, measured with JFR).
                "-Dsun.net.httpserver.nodelay=true"));
        java.addAll(settings.aotCache().map(AotCache::options).orElse(List.of("-Xshare:auto")));
        java.addAll(List.of("-cp", settings.classPath(), mainClass));
        if (!active(settings)) {
            return java;
        }
        List<String> command = new ArrayList<>(List.of(BWRAP,
                "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                "--die-with-parent", "--new-session",
                "--ro-bind", "/usr", "/usr",
                "--proc", "/proc", "--dev", "/dev",
                "--tmpfs", "/tmp"));
        for (String link : List.of("bin", "lib", "lib64", "sbin")) {
            Path root = Path.of("/" + link);
            if (Files.isSymbolicLink(root)) {
                try {
                    command.addAll(List.of("--symlink", Files.readSymbolicLink(root).toString(), root.toString()));
                } catch (IOException e) {
                    // leave it out
                }
            } else if (Files.isDirectory(root)) {
                command.addAll(List.of("--ro-bind", root.toString(), root.toString()));
            }
        }
        for (Path path : readOnly(settings, jvmWork)) {
            command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        command.addAll(List.of("--chdir", jvmWork.toString()));
        command.addAll(java);
        return command;
    }

    /** What the sandboxed JVM may read: the JDK (with its links into /etc), class path, libraries, scratch. */
    private static Set<Path> readOnly(TestJvmSettings settings, Path jvmWork) {
        Set<Path> paths = new LinkedHashSet<>();
        Path javaHome = settings.java().toAbsolutePath().getParent().getParent();
        addReal(paths, javaHome);
        try (Stream<Path> files = Files.walk(javaHome, 4)) {
            files.filter(Files::isSymbolicLink).forEach(link -> {
                try {
                    Path target = link.toRealPath();
                    paths.add(Files.isDirectory(target) ? target : target.getParent());
                } catch (IOException e) {
                    // a dangling link: nothing to bind
                }
            });
        } catch (IOException e) {
            // an unreadable JDK folder fails the launch with the JVM's own message
        }
        for (String entry : settings.classPath().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addReal(paths, Path.of(entry));
            }
        }
        settings.readable().forEach(path -> addReal(paths, path));
        settings.aotCache().filter(cache -> !cache.writing() && Files.isRegularFile(cache.file()))
                .ifPresent(cache -> addReal(paths, cache.file()));
        paths.add(jvmWork.toAbsolutePath());
        paths.removeIf(path -> path.startsWith("/usr") || !Files.exists(path));
        return paths;
    }

    private static void addReal(Set<Path> paths, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        paths.add(absolute);
        try {
            Path real = absolute.toRealPath();
            if (!real.equals(absolute)) {
                paths.add(real);
            }
        } catch (IOException e) {
            // does not exist: skipped
        }
    }

    private static boolean probe() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(BWRAP, "--unshare-pid", "--unshare-net", "--die-with-parent",
                    "--ro-bind", "/", "/", "true").redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
