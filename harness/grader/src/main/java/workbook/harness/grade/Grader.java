package workbook.harness.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workbook.engine.ChapterRun;
import workbook.engine.compile.InMemoryCompiler;
import workbook.engine.files.AtomicFiles;
import workbook.engine.files.FileTrees;
import workbook.engine.jvm.ProcessorPinning;
import workbook.engine.jvm.Sandbox;
import workbook.engine.jvm.TestJvm;
import workbook.engine.jvm.TestJvmSettings;
import workbook.engine.protocol.RunRequest;
import workbook.harness.WorkbookVersion;
import workbook.harness.gradebook.GradedFolder;
import workbook.harness.report.Feedback;
import workbook.harness.report.GradeRow;
import workbook.harness.report.GradesCsv;
import workbook.harness.report.ResultsJson;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.score.Scoring;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TestCase;
import workbook.harness.score.TestResult;

/**
 * Grades a batch of submissions into an output folder, {@code jobs} at a time. For each:
 * open it (unzip), compile each chapter in this JVM, run all chapters' tests in a separate
 * JVM, score, and write {@code <name>/feedback.md} then {@code <name>/results.json}
 * atomically; {@code grades.csv} is rewritten after each. A submission whose
 * {@code results.json} exists with the same fingerprint is not graded again unless forced,
 * so a batch that was killed resumes where it stopped. Thread-safe.
 */
public final class Grader {

    /** Bumped when the grading rules or output formats change: old results are regraded. */
    static final String FORMAT = "workbook-grader/2";

    /**
     * @param out                   the output folder
     * @param jobs                  submissions graded at once
     * @param force                 regrade even when a current result exists
     * @param jvm                   how test JVMs are started and bounded
     * @param compileTimeout        per chapter
     * @param runSkeletons          run the tests of a chapter whose sources are the skeleton as handed
     *                              out, rather than scoring it zero at once ({@code validate} does,
     *                              to prove that skeletons fail)
     */
    public record Options(Path out, int jobs, boolean force, TestJvmSettings jvm, Duration compileTimeout,
            boolean runSkeletons) {

        /** Options with the default compile timeout ({@link InMemoryCompiler#DEFAULT_TIMEOUT}); skeletons score zero unrun. */
        public Options(Path out, int jobs, boolean force, TestJvmSettings jvm) {
            this(out, jobs, force, jvm, InMemoryCompiler.DEFAULT_TIMEOUT, false);
        }

        /** The same options, running the tests of chapters left as the skeleton. */
        public Options runningSkeletons() {
            return new Options(out, jobs, force, jvm, compileTimeout, true);
        }
    }

    /** Told about each submission as it finishes. */
    public interface Progress {
        void started(int total);

        void finished(GradeRow row, boolean resumed);
    }

    private final Workspace workspace;
    private final Options options;
    private final ChapterCompiler compiler;
    private final String settingsFingerprint;
    /** The test JVMs' settings, with the third-party library jars readable in the sandbox (and the AOT cache). */
    private volatile TestJvmSettings jvmSettings;
    /** Present when a batch keeps every processor busy: each test JVM then stays on one. */
    private final Optional<ProcessorPinning> pinning;
    /** Test JVMs one submission's chapters are spread over: more than one only when jobs outnumber submissions. */
    private volatile int jvmsPerSubmission = 1;
    /** Where the time of this grader's fresh gradings went (see {@link #timeSpent()}). */
    private GradingTime timeSpent = GradingTime.NONE;

    public Grader(Workspace workspace, Options options) {
        this.workspace = workspace;
        this.options = options;
        this.compiler = new ChapterCompiler(options.compileTimeout(), options.runSkeletons());
        Path root = workspace.workbook().root().toAbsolutePath().normalize();
        List<Path> readable = new ArrayList<>();
        for (GradedChapter chapter : workspace.chapters()) {
            readable.addAll(chapter.libraryJars(root));
            readable.addAll(chapter.testLibraries());
        }
        this.jvmSettings = options.jvm().readable(readable);
        this.pinning = ProcessorPinning.forJobs(options.jobs());
        Fingerprint settings = new Fingerprint().add("format", FORMAT)
                .add("version", WorkbookVersion.current())
                .add("timeout", Integer.toString(options.jvm().testTimeoutSeconds()))
                .add("heap", Integer.toString(options.jvm().heapMegabytes()))
                .add("output", Long.toString(options.jvm().outputLimitBytes()));
        workspace.chapters().forEach(chapter -> settings.add(chapter.id(), chapter.fingerprint()));
        this.settingsFingerprint = settings.hex();
    }

    /** Where the time went, summed over the submissions this grader graded (resumed ones excluded). */
    public synchronized GradingTime timeSpent() {
        return timeSpent;
    }

    private synchronized void spent(GradingTime time) {
        timeSpent = timeSpent.plus(time);
    }

    /**
     * Makes test JVMs start from an {@link workbook.engine.jvm.AotCache} when their JDK can
     * (Java 25 or newer), training one first when it is missing (about as long as grading one
     * submission, once per JDK and harness build). Call it before grading; returns what it
     * did, in words, for the command's output.
     *
     * @param aotCache false to start test JVMs without a cache ({@code --no-aot-cache})
     */
    public String prepareTestJvms(boolean aotCache) {
        AotTraining.Prepared prepared = AotTraining.prepare(workspace, compiler, jvmSettings, aotCache);
        jvmSettings = prepared.settings();
        return prepared.status();
    }

    /** Whether test JVMs run sandboxed, in words, for the command's output. */
    public String sandboxStatus() {
        return Sandbox.status(jvmSettings);
    }

    /** Whether each test JVM is kept on one processor, in words, for the command's output. */
    public String processorStatus() {
        return ProcessorPinning.status(pinning);
    }

    public List<String> chapterIds() {
        return workspace.chapters().stream().map(GradedChapter::id).toList();
    }

    /**
     * Grades every submission (resuming finished ones), writes all outputs, and returns the
     * gradebook rows in the order given.
     *
     * @param graded told about each freshly graded submission (validate checks them)
     */
    public List<GradeRow> gradeAll(List<Submission> submissions, Progress progress, Consumer<SubmissionGrade> graded) {
        Path out = options.out();
        createDirectories(out);
        AtomicFiles.deleteLeftovers(out);
        ScratchFolders.deleteEnded();
        // grades.csv covers everything graded in this folder, not only this batch.
        Set<String> names = submissions.stream().map(Submission::name).collect(Collectors.toSet());
        List<GradeRow> earlier = GradedFolder.read(out).graded().stream().map(GradedFolder.Graded::row)
                .filter(row -> !names.contains(row.name())).toList();
        Set<String> columns = new LinkedHashSet<>(chapterIds());
        earlier.forEach(row -> columns.addAll(new TreeSet<>(row.chapters().keySet())));
        List<String> csvColumns = List.copyOf(columns);
        progress.started(submissions.size());
        jvmsPerSubmission = Math.max(1, options.jobs() / Math.max(1, submissions.size()));
        List<GradeRow> rows = new ArrayList<>(earlier);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), task -> {
            Thread thread = new Thread(task, "workbook-grader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<GradeRow>> futures = new ArrayList<>();
            for (Submission submission : submissions) {
                futures.add(pool.submit(() -> {
                    GradeRow row = gradeAndWrite(submission, progress, graded);
                    synchronized (rows) {
                        rows.add(row);
                        AtomicFiles.write(out.resolve("grades.csv"), GradesCsv.render(csvColumns, rows));
                    }
                    return row;
                }));
            }
            List<GradeRow> ordered = new ArrayList<>();
            for (Future<GradeRow> future : futures) {
                ordered.add(future.get());
            }
            return ordered;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private GradeRow gradeAndWrite(Submission submission, Progress progress, Consumer<SubmissionGrade> graded) {
        Path dir = options.out().resolve(submission.name());
        String fingerprint = fingerprint(submission);
        if (!options.force()) {
            Optional<GradeRow> current = ResultsJson.readIfCurrent(dir.resolve("results.json"), fingerprint);
            if (current.isPresent() && Files.isRegularFile(dir.resolve("feedback.md"))) {
                progress.finished(current.get(), true);
                return current.get();
            }
        }
        long started = System.nanoTime();
        Timing timing = new Timing();
        SubmissionGrade grade;
        Path work = scratch(submission);
        try {
            grade = grade(submission, work, timing);
        } finally {
            FileTrees.deleteTree(work);
        }
        long reporting = System.nanoTime();
        createDirectories(dir);
        AtomicFiles.deleteLeftovers(dir);
        AtomicFiles.write(dir.resolve("feedback.md"), Feedback.markdown(grade));
        AtomicFiles.write(dir.resolve("results.json"), ResultsJson.render(grade, fingerprint));
        graded.accept(grade);
        GradeRow row = GradeRow.of(grade);
        timing.reports += System.nanoTime() - reporting;
        spent(timing.total(System.nanoTime() - started));
        progress.finished(row, false);
        return row;
    }

    /** One submission's phases, in nanoseconds; confined to the thread grading it. */
    private static final class Timing {
        long compile;
        long jvmStart;
        long tests;
        long fairGrading;
        long reports;
        final java.util.SortedMap<String, Duration> testsByChapter = new java.util.TreeMap<>();
        final java.util.SortedMap<String, Duration> testTimes = new java.util.TreeMap<>();

        GradingTime total(long wall) {
            return new GradingTime(1, Duration.ofNanos(compile), Duration.ofNanos(jvmStart),
                    Duration.ofNanos(tests), Duration.ofNanos(fairGrading), Duration.ofNanos(reports),
                    Duration.ofNanos(wall), testsByChapter, testTimes);
        }
    }

    /** Grades one submission using {@code work} as scratch space; writes nothing else. */
    public SubmissionGrade grade(Submission submission, Path work) {
        return grade(submission, work, new Timing());
    }

    private SubmissionGrade grade(Submission submission, Path work, Timing timing) {
        long started = System.nanoTime();
        createDirectories(work);
        Path unpacked = work.resolve("submission");
        createDirectories(unpacked);
        SubmissionReader.Opened opened = SubmissionReader.open(submission, unpacked);
        if (opened.problem() != null) {
            return invalid(submission, opened.problem(), started);
        }
        Path kit = opened.kitRoot();
        boolean anyChapter = workspace.chapters().stream().anyMatch(chapter ->
                Files.isDirectory(kit.resolve("chapters").resolve(chapter.chapter().slug()), LinkOption.NOFOLLOW_LINKS));
        if (!anyChapter) {
            return invalid(submission, "has none of the chapters being graded ("
                    + String.join(", ", chapterIds()) + ") under chapters/: " + SubmissionReader.EXPECTED, started);
        }
        List<RunRequest.ChapterRequest> requests = new ArrayList<>();
        List<ChapterCompiler.Result> compiled = new ArrayList<>();
        long compiling = System.nanoTime();
        for (GradedChapter chapter : workspace.chapters()) {
            ChapterCompiler.Result result = compiler.compile(chapter, kit);
            compiled.add(result);
            if (result.status() == ChapterStatus.GRADED) {
                requests.add(chapter.request(result.classes()));
            }
        }
        timing.compile += System.nanoTime() - compiling;
        long testing = System.nanoTime();
        Map<String, ChapterRun> runs = runChapters(requests, work.resolve("run"), timing);
        runs.forEach((id, run) -> {
            timing.testsByChapter.merge(id, run.elapsed(), Duration::plus);
            run.testTimes().forEach((test, time) ->
                    timing.testTimes.merge(GradingTime.testName(id, test), time, Duration::plus));
        });
        long fair = System.nanoTime();
        Map<String, Map<String, Map<TestCase, TestResult>>> alone = gradeAlone(compiled, runs, work.resolve("fair"),
                timing);
        timing.fairGrading += System.nanoTime() - fair;
        timing.tests += fair - testing;
        return scored(submission, kit, compiled, runs, alone, started);
    }

    private SubmissionGrade scored(Submission submission, Path kit, List<ChapterCompiler.Result> compiled,
            Map<String, ChapterRun> runs, Map<String, Map<String, Map<TestCase, TestResult>>> alone, long started) {
        List<ChapterGrade> chapters = new ArrayList<>();
        for (int i = 0; i < workspace.chapters().size(); i++) {
            GradedChapter chapter = workspace.chapters().get(i);
            ChapterCompiler.Result result = compiled.get(i);
            if (result.status() != ChapterStatus.GRADED) {
                chapters.add(Scoring.notGraded(chapter.chapter(), chapter.tests(), result.status(), result.problem(),
                        result.notes()));
                continue;
            }
            ChapterRun run = runs.get(chapter.id());
            List<String> notes = new ArrayList<>(result.notes());
            run.notes().stream().filter(note -> !notes.contains(note)).forEach(notes::add);
            chapters.add(Scoring.graded(chapter.chapter(), Scoring.results(chapter.tests(), run),
                    alone.getOrDefault(chapter.id(), Map.of()), notes));
        }
        String madeFrom = WorkbookVersion.ofKit(kit).filter(version -> !version.equals(WorkbookVersion.current()))
                .orElse(null);
        return new SubmissionGrade(submission.name(), SubmissionGrade.Status.GRADED, null, chapters, seconds(started),
                madeFrom);
    }

    /**
     * Fair grading (see {@link FairGrading}): runs, for each TODO whose tests failed as
     * submitted for another reason than its own stub, only its tests in a hybrid of the
     * submission where the reference stands in for the chapter's other TODOs.
     *
     * @return chapter ID to TODO ID to the results of that TODO's tests in its hybrid
     */
    private Map<String, Map<String, Map<TestCase, TestResult>>> gradeAlone(List<ChapterCompiler.Result> compiled,
            Map<String, ChapterRun> runs, Path work, Timing timing) {
        List<RunRequest.ChapterRequest> requests = new ArrayList<>();
        Map<String, GradedChapter> chapterOf = new HashMap<>();
        for (int i = 0; i < workspace.chapters().size(); i++) {
            GradedChapter chapter = workspace.chapters().get(i);
            ChapterCompiler.Result result = compiled.get(i);
            if (result.status() != ChapterStatus.GRADED) {
                continue;
            }
            Map<TestCase, TestResult> results = Scoring.results(chapter.tests(), runs.get(chapter.id()));
            for (String todo : FairGrading.todosToRegrade(chapter, results, result.sources())) {
                Optional<java.util.SortedMap<String, String>> hybrid = FairGrading.hybrid(chapter, result.sources(),
                        todo);
                if (hybrid.isEmpty()) {
                    continue;
                }
                ChapterCompiler.Result built = compiler.compileSources(chapter, hybrid.get());
                if (built.status() == ChapterStatus.GRADED) {
                    requests.add(chapter.request(built.classes()).as(todo).taggedWith(List.of(todo)));
                    chapterOf.put(todo, chapter);
                }
            }
        }
        Map<String, Map<String, Map<TestCase, TestResult>>> alone = new HashMap<>();
        if (requests.isEmpty()) {
            return alone;
        }
        runChapters(requests, work, timing).forEach((todo, run) -> {
            GradedChapter chapter = chapterOf.get(todo);
            List<TestCase> tagged = chapter.tests().stream().filter(test -> test.todos().contains(todo)).toList();
            alone.computeIfAbsent(chapter.id(), key -> new HashMap<>()).put(todo, Scoring.results(tagged, run));
        });
        return alone;
    }

    /**
     * Runs the compiled chapters' tests. With spare jobs (fewer submissions than
     * {@code --jobs}), the chapters are dealt round-robin over several test JVMs run side by
     * side; each chapter is graded the same way wherever it runs.
     */
    private Map<String, ChapterRun> runChapters(List<RunRequest.ChapterRequest> requests, Path work, Timing timing) {
        int jvms = Math.min(requests.size(), jvmsPerSubmission);
        if (requests.isEmpty()) {
            return Map.of();
        }
        List<List<RunRequest.ChapterRequest>> groups = deal(requests, Math.max(1, jvms), timeSpent().testsByChapter());
        if (groups.size() == 1) {
            return runGroup(groups.get(0), work.resolve("jvm-0"), timing);
        }
        List<CompletableFuture<Map<String, ChapterRun>>> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<RunRequest.ChapterRequest> group = groups.get(i);
            Path dir = work.resolve("jvm-" + i);
            parts.add(CompletableFuture.supplyAsync(() -> runGroup(group, dir, timing), runnable -> {
                Thread thread = new Thread(runnable, "workbook-test-jvm");
                thread.setDaemon(true);
                thread.start();
            }));
        }
        Map<String, ChapterRun> runs = new HashMap<>();
        try {
            parts.forEach(part -> runs.putAll(part.join()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return runs;
    }

    /**
     * Deals chapters over {@code jvms} test JVMs so that they finish together: once every
     * chapter has been timed (this grader's earlier submissions), the longest first, each to
     * the JVM with the least work so far; before that, round-robin. A JVM runs its chapters
     * in the order given. Where a chapter runs changes nothing of its results.
     *
     * @param measured chapter ID to the time its tests took so far (summed over submissions)
     */
    static List<List<RunRequest.ChapterRequest>> deal(List<RunRequest.ChapterRequest> requests, int jvms,
            Map<String, Duration> measured) {
        List<List<RunRequest.ChapterRequest>> groups = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            groups.add(new ArrayList<>());
        }
        if (!requests.stream().allMatch(request -> measured.containsKey(request.id()))) {
            for (int i = 0; i < requests.size(); i++) {
                groups.get(i % jvms).add(requests.get(i));
            }
            return groups;
        }
        Duration[] load = new Duration[jvms];
        java.util.Arrays.fill(load, Duration.ZERO);
        Map<String, Integer> jvmOf = new HashMap<>();
        requests.stream()
                .sorted(Comparator.comparing((RunRequest.ChapterRequest request) -> measured.get(request.id()))
                        .reversed().thenComparing(RunRequest.ChapterRequest::id))
                .forEach(request -> {
                    int least = 0;
                    for (int i = 1; i < jvms; i++) {
                        if (load[i].compareTo(load[least]) < 0) {
                            least = i;
                        }
                    }
                    load[least] = load[least].plus(measured.get(request.id()));
                    jvmOf.put(request.id(), least);
                });
        requests.forEach(request -> groups.get(jvmOf.get(request.id())).add(request));
        return groups;
    }

    /**
     * Runs a group of chapters in a test JVM of its own, started and stopped by this thread:
     * bubblewrap's {@code --die-with-parent} follows the thread that started the sandbox, so a
     * JVM started by a thread that then ends would be killed with it.
     */
    private Map<String, ChapterRun> runGroup(List<RunRequest.ChapterRequest> group, Path dir, Timing timing) {
        try (TestJvm jvm = new TestJvm(jvmSettings, dir, pinning)) {
            Map<String, ChapterRun> runs = jvm.run(group, jvmSettings.budgetSeconds());
            synchronized (timing) {
                timing.jvmStart += jvm.startupTime().toNanos();
            }
            return runs;
        }
    }

    /**
     * Scratch space for one submission, in the system's temporary folder rather than near the
     * output or the workbook: code walking up from its working folder finds nothing of ours.
     */
    private static Path scratch(Submission submission) {
        return ScratchFolders.create();
    }

    private SubmissionGrade invalid(Submission submission, String problem, long started) {
        List<ChapterGrade> chapters = workspace.chapters().stream()
                .map(chapter -> Scoring.notGraded(chapter.chapter(), chapter.tests(), ChapterStatus.NOT_SUBMITTED, null,
                        List.of()))
                .toList();
        return new SubmissionGrade(submission.name(), SubmissionGrade.Status.INVALID, problem, chapters,
                seconds(started));
    }

    private String fingerprint(Submission submission) {
        Fingerprint fingerprint = new Fingerprint().add("settings", settingsFingerprint);
        Path path = submission.path();
        if (Files.isDirectory(path)) {
            fingerprint.addTree("submission", path);
        } else if (Files.isRegularFile(path)) {
            fingerprint.addFile("submission", path);
        } else {
            fingerprint.add("missing", path.toString());
        }
        return fingerprint.hex();
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }
}
