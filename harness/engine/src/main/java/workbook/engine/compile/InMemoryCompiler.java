package workbook.engine.compile;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources held as strings into class bytes held in memory, with the JDK's own
 * compiler ({@code javax.tools}) in this JVM: fast (the compiler stays warm), nothing written
 * to disk, and safe for untrusted source, since annotation processing is off
 * ({@code -proc:none}) so no submitted code runs while compiling. A compilation that takes
 * longer than the timeout is abandoned. Thread-safe.
 */
public final class InMemoryCompiler {

    /** The Java release the workbook targets. */
    public static final String RELEASE = "17";
    /** How long one compilation may take by default; a pathological source (deep generics) is cut off. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Errors kept; the rest are counted. */
    public static final int MAX_ERRORS = 15;

    private static final ExecutorService COMPILER_THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "workbook-javac");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;

    public InMemoryCompiler() {
        this(DEFAULT_TIMEOUT);
    }

    public InMemoryCompiler(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the compile timeout must be positive, got " + timeout);
        }
        this.timeout = timeout;
    }

    /**
     * Compiles {@code sources}.
     *
     * @param sources          path under the source root ({@code workbook/trace/Span.java}) to its text
     * @param classPath        jars and folders to compile against
     * @param classPathClasses classes held in memory to compile against (binary name to bytes),
     *                         e.g. the learner's classes when compiling tests
     */
    public Compilation compile(Map<String, String> sources, List<Path> classPath,
            Map<String, byte[]> classPathClasses) {
        if (sources.isEmpty()) {
            return new Compilation(Map.of(), List.of(), "no .java file to compile", 0);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("compiling needs a JDK, not a JRE: run this with a JDK's java");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
        try (MemoryFileManager files = new MemoryFileManager(standard, classPathClasses)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((path, text) -> units.add(MemoryFileManager.source(path, text)));
            JavaCompiler.CompilationTask task = javac.getTask(log, files, diagnostics,
                    List.of("-proc:none", "-implicit:none", "--release", RELEASE, "-encoding", "UTF-8", "-g",
                            "-parameters", "-nowarn", "-Xlint:none", "-Xmaxerrs", "50"),
                    null, units);
            Future<Boolean> result = COMPILER_THREADS.submit(task::call);
            boolean ok;
            try {
                ok = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                return new Compilation(Map.of(), List.of(),
                        "the compiler did not finish within " + timeout.toSeconds() + " s", 0);
            } catch (ExecutionException e) {
                return new Compilation(Map.of(), List.of(), "the compiler failed on this code: " + e.getCause(), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Compilation(Map.of(), List.of(), "interrupted while compiling", 0);
            }
            if (ok) {
                return new Compilation(files.classes(), List.of(), null, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompileError> errors = new ArrayList<>();
        long count = 0;
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                count++;
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new CompileError(MemoryFileManager.relativePath(diagnostic.getSource()),
                            diagnostic.getSource() == null ? -1 : diagnostic.getLineNumber(),
                            diagnostic.getMessage(Locale.ROOT)));
                }
            }
        }
        if (errors.isEmpty()) {
            return new Compilation(Map.of(), List.of(), "compilation failed: " + log.toString().strip(), 0);
        }
        return new Compilation(Map.of(), errors, null, count - errors.size());
    }
}
