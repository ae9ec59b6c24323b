package workbook.harness.grade;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles one chapter of a submission in the grader's own JVM with {@code javax.tools}:
 * fast (the compiler stays warm) and safe for untrusted source, since annotation processing
 * is off ({@code -proc:none}) and so no submitted code runs while compiling.
 *
 * <p>What is compiled: every {@code .java} file of the submission's
 * {@code chapters/<slug>/src/main/java}, plus the skeleton's version of any file of the
 * chapter that the submission lacks (its TODOs then earn nothing, but the rest still
 * compiles). Every file must declare the chapter's package or one below it. Thread-safe.
 */
final class ChapterCompiler {

    static final String RELEASE = "17";
    static final int MAX_FILES = 300;
    static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 15;
    private static final Pattern PACKAGE = Pattern.compile(
            "^package\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*;");
    private static final ExecutorService COMPILER_THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "workbook-javac");
        thread.setDaemon(true);
        return thread;
    });

    private final int timeoutSeconds;

    ChapterCompiler(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * The outcome: compiled (status GRADED, classes set) or not (problem set).
     *
     * @param status  GRADED when it compiled, else why not
     * @param problem the compiler's errors or the rule broken
     * @param classes the compiled classes
     * @param notes   things worth telling the learner (files taken from the skeleton)
     */
    record Result(ChapterStatus status, String problem, Path classes, List<String> notes) {
        static Result failed(ChapterStatus status, String problem) {
            return new Result(status, problem, null, List.of());
        }
    }

    Result compile(GradedChapter chapter, Path kitRoot, Path work) {
        String slug = chapter.chapter().slug();
        Path sources = kitRoot.resolve("chapters").resolve(slug).resolve("src/main/java");
        if (!Files.isDirectory(sources, LinkOption.NOFOLLOW_LINKS)) {
            return Result.failed(ChapterStatus.NOT_SUBMITTED, "chapters/" + slug + "/src/main/java is missing");
        }
        List<Path> files = javaFiles(sources);
        long size = 0;
        for (Path file : files) {
            size += sizeOf(file);
        }
        if (files.size() > MAX_FILES || size > MAX_SOURCE_BYTES) {
            return Result.failed(ChapterStatus.INVALID, "chapters/" + slug + "/src/main/java holds " + files.size()
                    + " files, " + size + " bytes: more than the limit of " + MAX_FILES + " files or "
                    + MAX_SOURCE_BYTES + " bytes");
        }
        Path tree = work.resolve("src");
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (Path file : files) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String declared = declaredPackage(text);
                if (!inChapterPackage(declared, chapter.javaPackage())) {
                    problems.add("src/main/java/" + relative + " declares "
                            + (declared == null ? "no package" : "package " + declared)
                            + "; the code of " + chapter.id() + " must be in package " + chapter.javaPackage()
                            + " (or a package below it), as in the skeleton");
                }
                write(tree.resolve(relative), text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            return Result.failed(ChapterStatus.INVALID, "a source file of " + slug + " is not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            return Result.failed(ChapterStatus.INVALID, "cannot read the sources of " + slug + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            return Result.failed(ChapterStatus.INVALID, String.join("\n", problems));
        }
        for (Map.Entry<String, byte[]> skeleton : chapter.skeletonSources().entrySet()) {
            Path target = tree.resolve(skeleton.getKey());
            if (!Files.exists(target)) {
                write(target, skeleton.getValue());
                notes.add("src/main/java/" + skeleton.getKey() + " is missing from the submission:"
                        + " the skeleton's version was used");
            }
        }
        Path classes = work.resolve("classes");
        String errors = javac(tree, classes, chapter.libraries());
        if (errors != null) {
            return new Result(ChapterStatus.COMPILE_ERROR, errors, null, notes);
        }
        String outside = classOutsidePackage(classes, chapter.javaPackage());
        if (outside != null) {
            return Result.failed(ChapterStatus.INVALID, "compiled class " + outside + " is outside package "
                    + chapter.javaPackage());
        }
        return new Result(ChapterStatus.GRADED, null, classes, notes);
    }

    /** Compiles; returns the errors as text, or null on success. */
    private String javac(Path tree, Path classes, List<Path> libraries) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader needs a JDK, not a JRE: run it with a JDK's java");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, libraries);
            files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            List<Path> sources = javaFiles(tree);
            if (sources.isEmpty()) {
                return "no .java file in src/main/java";
            }
            JavaCompiler.CompilationTask task = javac.getTask(log, files, diagnostics,
                    List.of("-proc:none", "-implicit:none", "--release", RELEASE, "-encoding", "UTF-8", "-g",
                            "-parameters", "-nowarn", "-Xlint:none", "-Xmaxerrs", "50"),
                    null, files.getJavaFileObjectsFromPaths(sources));
            Future<Boolean> result = COMPILER_THREADS.submit(task::call);
            boolean ok;
            try {
                ok = result.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                result.cancel(true);
                return "the compiler did not finish within " + timeoutSeconds + " s";
            } catch (ExecutionException e) {
                return "the compiler failed on this code: " + e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while compiling";
            }
            if (ok) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS_SHOWN) {
                String where = diagnostic.getSource() == null ? ""
                        : "src/main/java/" + tree.relativize(Path.of(diagnostic.getSource().toUri())).toString()
                                .replace('\\', '/') + ":" + diagnostic.getLineNumber() + ": ";
                errors.add(where + diagnostic.getMessage(Locale.ROOT));
            }
        }
        long count = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
        if (count > errors.size()) {
            errors.add("… and " + (count - errors.size()) + " more error(s)");
        }
        return errors.isEmpty() ? "compilation failed: " + log.toString().strip() : String.join("\n", errors);
    }

    /** The package a source declares, or null: the first thing after comments and blanks. */
    static String declaredPackage(String source) {
        int at = 0;
        int length = source.length();
        while (at < length) {
            if (Character.isWhitespace(source.charAt(at)) || source.charAt(at) == '\uFEFF') {
                at++;
            } else if (source.startsWith("//", at)) {
                int end = source.indexOf('\n', at);
                at = end < 0 ? length : end + 1;
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at + 2);
                at = end < 0 ? length : end + 2;
            } else {
                break;
            }
        }
        Matcher matcher = PACKAGE.matcher(source.substring(at));
        return matcher.find() ? matcher.group(1).replaceAll("\\s", "") : null;
    }

    private static boolean inChapterPackage(String declared, String chapterPackage) {
        return declared != null && (declared.equals(chapterPackage) || declared.startsWith(chapterPackage + "."));
    }

    private static String classOutsidePackage(Path classes, String chapterPackage) {
        String prefix = chapterPackage.replace('.', '/') + "/";
        for (Path file : filesUnder(classes, ".class")) {
            String relative = classes.relativize(file).toString().replace('\\', '/');
            if (!relative.startsWith(prefix)) {
                return relative;
            }
        }
        return null;
    }

    private static List<Path> javaFiles(Path dir) {
        return filesUnder(dir, ".java");
    }

    private static List<Path> filesUnder(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
