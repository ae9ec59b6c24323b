package workbook.harness.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import workbook.engine.files.FileTrees;
import workbook.engine.jvm.AotCache;
import workbook.engine.jvm.TestJvm;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;
import workbook.harness.score.ChapterStatus;

/**
 * Makes the test JVMs' {@link AotCache} when their JDK can (Java 25 or newer) and it is
 * missing: one training run of the reference solutions' tests, once per JDK and harness
 * build, written next to the harness jar. Only trusted code runs in it (the workbook's own
 * reference and tests), so it needs no sandbox and may exit normally, which is when the JVM
 * writes the cache.
 */
final class AotTraining {

    /** A training run takes about as long as grading one submission; this is far more. */
    private static final long EXIT_WAIT_SECONDS = 120;

    /** What preparing gave: the settings test JVMs run with, and what happened, in words. */
    record Prepared(TestJvmSettings settings, String status) {}

    private AotTraining() {}

    /**
     * The settings with the cache, made now if it is missing; the settings unchanged when no
     * cache can be made or used, or when {@code allowed} is false, with the reason.
     */
    static Prepared prepare(Workspace workspace, ChapterCompiler compiler, TestJvmSettings settings,
            boolean allowed) {
        String java = "java " + settings.java();
        if (!allowed) {
            return new Prepared(settings, java + ", without an AOT cache (--no-aot-cache)");
        }
        Path folder = cacheFolder(settings.classPath());
        Optional<AotCache> found = AotCache.in(folder, settings.java(), settings.classPath());
        if (found.isEmpty()) {
            return new Prepared(settings, java + ", without an AOT cache (that needs Java " + AotCache.FIRST_VERSION
                    + " or newer: --java)");
        }
        AotCache cache = found.get();
        if (Files.isRegularFile(cache.file())) {
            return new Prepared(settings.aotCache(cache), java + ", starting from the AOT cache " + cache.file());
        }
        if (workspace.chapters().stream().anyMatch(chapter -> chapter.referenceSources().isEmpty())) {
            return new Prepared(settings, java + ", without an AOT cache (no reference sources to train it with)");
        }
        long started = System.nanoTime();
        try {
            train(workspace, compiler, settings, cache);
        } catch (IOException | RuntimeException e) {
            return new Prepared(settings, java + ", without an AOT cache (making one failed: " + e.getMessage() + ")");
        }
        return new Prepared(settings.aotCache(cache), String.format(Locale.ROOT,
                "%s, starting from the AOT cache %s (made now from the reference solutions in %.1f s, once per JDK"
                        + " and harness build)", java, cache.file(), (System.nanoTime() - started) / 1e9));
    }

    /** Runs every chapter's tests against its reference in a training JVM, then moves its cache into place. */
    private static void train(Workspace workspace, ChapterCompiler compiler, TestJvmSettings settings, AotCache cache)
            throws IOException {
        List<RunRequest.ChapterRequest> requests = new ArrayList<>();
        for (GradedChapter chapter : workspace.chapters()) {
            ChapterCompiler.Result reference = compiler.compileSources(chapter, chapter.referenceSources());
            if (reference.status() != ChapterStatus.GRADED) {
                throw new IllegalStateException(chapter.id() + "'s reference does not compile: " + reference.problem());
            }
            requests.add(chapter.request(reference.classes()));
        }
        Files.createDirectories(cache.file().getParent());
        Path work = ScratchFolders.create();
        Path output = Files.createTempFile(cache.file().getParent(), "training-", ".aot");
        Files.delete(output); // the JVM writes it afresh
        try (TestJvm jvm = new TestJvm(settings.sandboxed(false).aotCache(AotCache.writingTo(output)), work)) {
            jvm.run(requests, settings.budgetSeconds());
            int status = jvm.finish(EXIT_WAIT_SECONDS);
            if (status != 0 || !Files.isRegularFile(output)) {
                throw new IllegalStateException("the training JVM ended with status " + status + " and no cache");
            }
            Files.move(output, cache.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteOthers(cache.file());
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(Path.of(output + ".config"));
            FileTrees.deleteTree(work);
        }
    }

    /** Caches of earlier harness builds or other JDKs: 70 MB each, and made again when needed. */
    private static void deleteOthers(Path kept) throws IOException {
        try (var caches = Files.newDirectoryStream(kept.getParent(), "test-jvm-*.aot")) {
            for (Path cache : caches) {
                if (!cache.equals(kept)) {
                    Files.deleteIfExists(cache);
                }
            }
        }
    }

    /** Next to the harness jar (the first entry of the runner's class path). */
    private static Path cacheFolder(String classPath) {
        Path first = Path.of(classPath.split(java.io.File.pathSeparator)[0]).toAbsolutePath().normalize();
        return first.getParent().resolve("test-jvm-aot");
    }
}
