package workbook.harness.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.ChapterSelection;
import workbook.harness.HarnessOptions;
import workbook.harness.grade.GradedChapter;
import workbook.harness.grade.Grader;
import workbook.harness.grade.GradingTime;
import workbook.harness.grade.Submission;
import workbook.harness.grade.Workspace;
import workbook.harness.report.GradeRow;
import workbook.engine.files.FileTrees;

/**
 * {@code bench}: how long grading takes. Makes copies of a complete submission (the reference
 * solutions in the kit's layout), grades one alone, then the batch with {@code --jobs}, then
 * the same batch the naive way: one {@code mvn -o -q test} per submission and chapter, as a
 * learner runs it (the chapter's own pom, the submission's code and the visible tests), with
 * the same parallelism. Prints the figures and where the grader's time went.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure grading speed: one complete submission, a batch with --jobs, and the same batch the"
                + " naive way (one mvn -o -q test per submission and chapter, visible tests only, in full). Needs"
                + " Maven's offline cache (the workbook built once with ./mvnw install)."})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--copies", defaultValue = "20", description = "Submissions in the batch. Default: ${DEFAULT-VALUE}.")
    private int copies;

    @Option(names = "--jobs", defaultValue = "2", description = "Parallel jobs, for both ways. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Mixin
    private ChapterSelection chapters;

    @Option(names = "--skip-naive", description = "Do not run the naive way.")
    private boolean skipNaive;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = harness.root().toAbsolutePath().normalize();
        Workspace workspace = chapters.open(root);
        Path scratch = Files.createTempDirectory("workbook-bench-");
        List<Submission> batch = new ArrayList<>();
        for (int i = 1; i <= copies; i++) {
            Path copy = scratch.resolve("submissions").resolve(String.format("copy-%02d", i));
            for (GradedChapter chapter : workspace.chapters()) {
                copyTree(chapter.chapter().mainSources(),
                        copy.resolve("chapters").resolve(chapter.chapter().slug()).resolve("src/main/java"));
            }
            batch.add(Submission.of(copy));
        }
        out.printf("Benchmark: %d chapter(s) %s, %d cores, java %s%n", workspace.chapters().size(),
                workspace.chapters().stream().map(GradedChapter::id).toList(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Grader.Progress quiet = new Grader.Progress() {
            @Override
            public void started(int total) {}

            @Override
            public void finished(GradeRow row, boolean resumed) {}
        };
        // One submission graded alone, as an instructor grades a late one: with --jobs above 1 its
        // chapters are dealt over that many test JVMs, which is how grade runs a single submission.
        Grader alone = new Grader(workspace, new Grader.Options(scratch.resolve("one"), jobs, true, harness.jvm()));
        // Before the clock starts: a missing AOT cache is made once per JDK and harness build.
        out.printf("test JVMs: %s%n", alone.prepareTestJvms(harness.aotCache()));
        long start = System.nanoTime();
        alone.gradeAll(batch.subList(0, 1), quiet, grade -> {});
        double one = seconds(start);
        GradingTime fresh = alone.timeSpent();
        out.printf("one complete submission, fresh grader: %6.1f s (alone, --jobs %d: its chapters over %d test JVM(s);"
                + " processors: %s)%n", one, jobs, Math.min(jobs, workspace.chapters().size()), alone.processorStatus());
        out.printf("  where it went: %s%n", fresh.perSubmission());
        out.flush();
        if (copies > 1) {
            // The goal's case: a grader already running, after its first submission, nothing else graded at once.
            start = System.nanoTime();
            alone.gradeAll(batch.subList(1, 2), quiet, grade -> {});
            double warm = seconds(start);
            GradingTime second = alone.timeSpent().since(fresh);
            out.printf("one complete submission, grader warm:  %6.1f s%n", warm);
            out.printf("  where it went: %s%n", second.perSubmission());
            out.printf("  tests by chapter: %s%n", second.testsPerChapter());
            out.printf("  slowest tests: %s%n", second.slowestTests(12));
            out.flush();
        }
        start = System.nanoTime();
        Grader grader = new Grader(workspace, new Grader.Options(scratch.resolve("batch"), jobs, true, harness.jvm()));
        grader.prepareTestJvms(harness.aotCache());
        List<GradeRow> rows = grader.gradeAll(batch, quiet, grade -> {});
        double fast = seconds(start);
        double max = rows.get(0).max();
        long full = rows.stream().filter(row -> row.total() == max).count();
        out.printf("batch of %d, --jobs %d:            %6.1f s = %5.1f submissions/min = %.1f s of the machine per"
                + " submission (%d of %d scored 100 %%)%n", copies, jobs, fast, copies * 60 / fast, fast / copies, full,
                copies);
        out.printf("  processors: %s%n", grader.processorStatus());
        out.printf("  per submission (%d at a time): %s%n", jobs, grader.timeSpent().perSubmission());
        out.printf("  tests per submission, by chapter: %s%n", grader.timeSpent().testsPerChapter());
        out.printf("  slowest tests, per submission: %s%n", grader.timeSpent().slowestTests(10));
        out.flush();
        if (!skipNaive) {
            start = System.nanoTime();
            int failures = naive(root, workspace, batch, scratch.resolve("naive"));
            double slow = seconds(start);
            out.printf("same batch, naive (mvn -o -q test per submission and chapter, visible tests only, %d at a"
                    + " time): %6.1f s = %5.1f"
                    + " submissions/min%s%n", jobs, slow, copies * 60 / slow,
                    failures == 0 ? "" : " (" + failures + " mvn runs failed)");
            out.printf("speed-up: %.1fx%n", slow / fast);
        }
        FileTrees.deleteTree(scratch);
        return 0;
    }

    /** One Maven module per submission and chapter (the learner's chapter pom, code, visible tests), each run with mvn -o -q test; returns failures. */
    private int naive(Path root, Workspace workspace, List<Submission> batch, Path dir) throws Exception {
        List<Path> modules = new ArrayList<>();
        for (Submission submission : batch) {
            for (GradedChapter chapter : workspace.chapters()) {
                Path module = dir.resolve(submission.name()).resolve(chapter.chapter().slug());
                Files.createDirectories(module);
                Files.copy(chapter.chapter().skeletonDir().resolve("pom.xml"), module.resolve("pom.xml"));
                copyTree(submission.path().resolve("chapters").resolve(chapter.chapter().slug()).resolve("src/main/java"),
                        module.resolve("src/main/java"));
                copyTree(chapter.chapter().visibleTests(), module.resolve("src/test/java"));
                modules.add(module);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Integer>> runs = new ArrayList<>();
        for (Path module : modules) {
            runs.add(pool.submit(() -> {
                Process maven = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "-o", "-q", "test",
                        "-Dmaven.antrun.skip=true", "-Dmdep.skip=true")
                        .directory(module.toFile()).redirectErrorStream(true)
                        .redirectOutput(module.resolve("maven.log").toFile()).start();
                return maven.waitFor(10, TimeUnit.MINUTES) ? maven.exitValue() : -1;
            }));
        }
        int failures = 0;
        for (Future<Integer> run : runs) {
            failures += run.get() == 0 ? 0 : 1;
        }
        pool.shutdown();
        return failures;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

}
