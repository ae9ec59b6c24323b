package workbook.harness.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.engine.compile.Compilation;
import workbook.engine.compile.InMemoryCompiler;
import workbook.engine.files.FileTrees;
import workbook.harness.score.ChapterStatus;

/**
 * Compiles one chapter of a submission in memory (see {@link InMemoryCompiler}) under the
 * grader's rules. What is compiled: every {@code .java} file of the submission's
 * {@code chapters/<slug>/src/main/java}, plus the skeleton's version of any file of the
 * chapter that the submission lacks (its TODOs then earn nothing, but the rest still
 * compiles). Every file must declare the chapter's package or one below it, and so must
 * every class compiled. Sources that are the skeleton as handed out are not compiled at all
 * (status NOT_STARTED) unless skeletons are to be run. Thread-safe.
 */
final class ChapterCompiler {

    static final int MAX_FILES = 300;
    static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;
    private static final Pattern PACKAGE = Pattern.compile(
            "^package\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)\\s*;");

    private final InMemoryCompiler compiler;
    private final boolean runSkeletons;

    /**
     * @param timeout      per compilation
     * @param runSkeletons compile (and so run) chapters left as the skeleton, rather than marking them not started
     */
    ChapterCompiler(Duration timeout, boolean runSkeletons) {
        this.compiler = new InMemoryCompiler(timeout);
        this.runSkeletons = runSkeletons;
    }

    /**
     * The outcome: compiled (status GRADED, classes and sources set) or not (problem set).
     *
     * @param status  GRADED when it compiled, else why not
     * @param problem the compiler's errors or the rule broken
     * @param classes the compiled classes, binary name to bytes
     * @param sources the sources compiled (path under src/main/java to text), skeleton stand-ins included
     * @param notes   things worth telling the learner (files taken from the skeleton)
     */
    record Result(ChapterStatus status, String problem, Map<String, byte[]> classes, SortedMap<String, String> sources,
            List<String> notes) {

        Result {
            classes = classes == null ? Map.of() : new TreeMap<>(classes);
            sources = sources == null ? new TreeMap<>() : new TreeMap<>(sources);
            notes = List.copyOf(notes);
        }

        static Result failed(ChapterStatus status, String problem) {
            return new Result(status, problem, null, null, List.of());
        }
    }

    /** Reads and checks the submission's sources of a chapter, then compiles them. */
    Result compile(GradedChapter chapter, Path kitRoot) {
        String slug = chapter.chapter().slug();
        Path root = kitRoot.resolve("chapters").resolve(slug).resolve("src/main/java");
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return Result.failed(ChapterStatus.NOT_SUBMITTED, "chapters/" + slug + "/src/main/java is missing");
        }
        List<Path> files = FileTrees.filesUnder(root, ".java");
        long size = 0;
        for (Path file : files) {
            size += sizeOf(file);
        }
        if (files.size() > MAX_FILES || size > MAX_SOURCE_BYTES) {
            return Result.failed(ChapterStatus.INVALID, "chapters/" + slug + "/src/main/java holds " + files.size()
                    + " files, " + size + " bytes: more than the limit of " + MAX_FILES + " files or "
                    + MAX_SOURCE_BYTES + " bytes");
        }
        SortedMap<String, String> sources = new TreeMap<>();
        try {
            for (Path file : files) {
                sources.put(root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (CharacterCodingException e) {
            return Result.failed(ChapterStatus.INVALID, "a source file of " + slug + " is not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            return Result.failed(ChapterStatus.INVALID, "cannot read the sources of " + slug + ": " + e.getMessage());
        }
        if (!runSkeletons && chapter.isSkeleton(sources)) {
            return new Result(ChapterStatus.NOT_STARTED, null, null, sources, List.of());
        }
        return compileSources(chapter, sources);
    }

    /** Checks and compiles sources given in memory (a submission's, or a hybrid made for fair grading). */
    Result compileSources(GradedChapter chapter, SortedMap<String, String> submitted) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> source : submitted.entrySet()) {
            String declared = declaredPackage(source.getValue());
            if (!inChapterPackage(declared, chapter.javaPackage())) {
                problems.add("src/main/java/" + source.getKey() + " declares "
                        + (declared == null ? "no package" : "package " + declared)
                        + "; the code of " + chapter.id() + " must be in package " + chapter.javaPackage()
                        + " (or a package below it), as in the skeleton");
            }
        }
        if (!problems.isEmpty()) {
            return Result.failed(ChapterStatus.INVALID, String.join("\n", problems));
        }
        SortedMap<String, String> sources = new TreeMap<>(submitted);
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, byte[]> skeleton : chapter.skeletonSources().entrySet()) {
            if (!sources.containsKey(skeleton.getKey())) {
                sources.put(skeleton.getKey(), new String(skeleton.getValue(), StandardCharsets.UTF_8));
                notes.add("src/main/java/" + skeleton.getKey() + " is missing from the submission:"
                        + " the skeleton's version was used");
            }
        }
        if (sources.isEmpty()) {
            return new Result(ChapterStatus.COMPILE_ERROR, "no .java file in src/main/java", null, null, notes);
        }
        Compilation compilation = compiler.compile(sources, chapter.libraries(), Map.of());
        if (!compilation.succeeded()) {
            return new Result(ChapterStatus.COMPILE_ERROR, compilation.describe("src/main/java/"), null, sources, notes);
        }
        String prefix = chapter.javaPackage() + ".";
        for (String name : compilation.classes().keySet()) {
            if (!name.startsWith(prefix)) {
                return Result.failed(ChapterStatus.INVALID, "compiled class " + name.replace('.', '/') + ".class"
                        + " is outside package " + chapter.javaPackage());
            }
        }
        return new Result(ChapterStatus.GRADED, null, compilation.classes(), sources, notes);
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

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
