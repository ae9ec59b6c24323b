package workbook.harness.validate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.examples.ExampleSubmissions;
import workbook.harness.generate.ChapterManifest;
import workbook.harness.release.KitCheck;
import workbook.harness.release.KitWriter;
import workbook.engine.files.FileTrees;
import workbook.harness.ChapterSelection;
import workbook.harness.HarnessOptions;
import workbook.harness.cli.ConsoleProgress;
import workbook.harness.grade.GradedChapter;
import workbook.harness.grade.Grader;
import workbook.harness.grade.Submission;
import workbook.harness.grade.Workspace;
import workbook.harness.report.GradeRow;
import workbook.harness.report.ScoreTable;
import workbook.harness.score.ChapterGrade;
import workbook.harness.score.ChapterStatus;
import workbook.harness.score.Scores;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.score.TodoGrade;

/**
 * {@code validate}: the build's proof that grading works. Grades, in one batch, the reference
 * solutions (every chapter 100 %, every test passing), the untouched skeletons (every TODO 0,
 * every visible test failing) and the example submissions in {@code harness/examples} (each
 * its expected score and feedback), then writes the learner kit and checks it. Exit 1 with
 * the list of problems when anything is off.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Prove grading works: solutions score 100 %%, skeletons 0 %%, example submissions their"
                + " expected scores (harness/examples/expected/<name>.json), the learner kit gives nothing away.",
                "Exit status 1, with every problem listed, when one of these fails."})
public final class ValidateCommand implements Callable<Integer> {

    private static final String SOLUTIONS = "reference-solutions";
    private static final String SKELETONS = "untouched-skeletons";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private ChapterSelection chapters;

    @Option(names = "--jobs", defaultValue = "2", paramLabel = "N", description = "Submissions graded at once.")
    private int jobs;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the graded results in DIR (default: deleted).")
    private Path keep;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        Path root = harness.root().toAbsolutePath().normalize();
        Workspace workspace = chapters.open(root);
        Path scratch = Files.createTempDirectory("workbook-validate-");
        try {
            List<String> problems = new ArrayList<>();
            for (GradedChapter chapter : workspace.chapters()) {
                for (var todo : chapter.chapter().manifest().todos()) {
                    if (chapter.tests().stream().noneMatch(test -> test.todos().contains(todo.id()))) {
                        problems.add(chapter.id() + ": TODO " + todo.id() + " has no test to grade it");
                    }
                }
            }
            List<Submission> batch = new ArrayList<>();
            batch.add(new Submission(SOLUTIONS, kitCopy(scratch.resolve(SOLUTIONS), workspace, root.resolve("solutions"))));
            batch.add(new Submission(SKELETONS, kitCopy(scratch.resolve(SKELETONS), workspace, root.resolve("chapters"))));
            Path examples = root.resolve("harness/examples");
            Map<String, Expected> expected = expectations(examples, problems);
            List<Submission> exampleBatch = new ArrayList<>();
            for (Path example : ExampleSubmissions.materialize(workspace.workbook(), scratch.resolve("examples"))) {
                exampleBatch.add(Submission.of(example));
            }
            batch.addAll(exampleBatch);
            Map<Submission, ChapterManifest.Todo> probes = FairnessProbes.write(workspace.chapters(),
                    scratch.resolve("probes"));
            batch.addAll(probes.keySet());
            Path results = keep != null ? keep : scratch.resolve("results");
            Grader grader = new Grader(workspace, new Grader.Options(results, jobs, true, harness.jvm()).runningSkeletons());
            out.println("Sandbox: " + grader.sandboxStatus());
            out.println("Processors: " + grader.processorStatus());
            out.println("Test JVMs: " + grader.prepareTestJvms(harness.aotCache()));
            Map<String, SubmissionGrade> grades = new ConcurrentHashMap<>();
            List<GradeRow> rows = grader.gradeAll(batch,
                    new workbook.harness.cli.ConsoleProgress(out, false), grade -> grades.put(grade.name(), grade));
            out.println();
            out.print(ScoreTable.render(grader.chapterIds(), rows));
            checkSolutions(grades.get(SOLUTIONS), problems);
            checkSkeletons(grades.get(SKELETONS), problems);
            Set<String> examplesSeen = new TreeSet<>();
            for (Submission submission : exampleBatch) {
                examplesSeen.add(submission.name());
                checkExample(submission.name(), grades.get(submission.name()), expected.get(submission.name()),
                        results.resolve(submission.name()).resolve("feedback.md"), grader.chapterIds(), problems);
            }
            for (String name : expected.keySet()) {
                if (!examplesSeen.contains(name)) {
                    problems.add("harness/examples/expected/" + name + ".json: no submission of that name in"
                            + " harness/examples/submissions");
                }
            }
            probes.forEach((probe, todo) ->
                    problems.addAll(FairnessProbes.check(probe.name(), grades.get(probe.name()), todo)));
            Set<String> hidden = PrivacyScan.hiddenClassNames(workspace.chapters());
            for (Submission submission : batch) {
                problems.addAll(PrivacyScan.scan(submission.name(), results.resolve(submission.name()), hidden));
            }
            // Repeatable: the examples and one probe per chapter, graded again, give the same files.
            List<Submission> again = new ArrayList<>(exampleBatch);
            Set<String> probedChapters = new TreeSet<>();
            probes.forEach((probe, todo) -> {
                if (probedChapters.add(todo.id().substring(0, todo.id().indexOf('.')))) {
                    again.add(probe);
                }
            });
            Path regraded = scratch.resolve("regraded");
            new Grader(workspace, new Grader.Options(regraded, jobs, true, harness.jvm()).runningSkeletons())
                    .gradeAll(again, new workbook.harness.cli.ConsoleProgress(out, false), grade -> {});
            for (Submission submission : again) {
                problems.addAll(Repeatability.compare(submission.name(), results.resolve(submission.name()),
                        regraded.resolve(submission.name())));
            }
            Path kit = scratch.resolve("kit");
            KitWriter.write(workspace.workbook(), kit);
            KitCheck.problems(workspace.workbook(), kit).forEach(problem -> problems.add("learner kit: " + problem));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!problems.isEmpty()) {
                spec.commandLine().getErr().println("Validation FAILED (" + problems.size() + " problem(s)):");
                problems.forEach(problem -> spec.commandLine().getErr().println("  - " + problem));
                return 1;
            }
            out.printf("Validation passed in %.1f s: %d chapter(s); solutions 100 %%, skeletons 0 %%, %d example"
                    + " submission(s) as expected, %d fairness probe(s) each losing exactly its TODO's points,"
                    + " no hidden test named in any feedback, %d submission(s) regraded identically, learner kit"
                    + " clean.%n", seconds, workspace.chapters().size(), exampleBatch.size(), probes.size(),
                    again.size());
            return 0;
        } finally {
            FileTrees.deleteTree(scratch);
        }
    }

    /** A kit-shaped copy of the main sources under {@code chapters} (solutions/ or chapters/). */
    private static Path kitCopy(Path kit, Workspace workspace, Path chapters) throws IOException {
        for (GradedChapter chapter : workspace.chapters()) {
            Path from = chapters.resolve(chapter.chapter().slug()).resolve("src/main/java");
            Path to = kit.resolve("chapters").resolve(chapter.chapter().slug()).resolve("src/main/java");
            for (Path file : FileTrees.filesUnder(from, "")) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return kit;
    }

    private static void checkSolutions(SubmissionGrade grade, List<String> problems) {
        for (ChapterGrade chapter : grade.chapters()) {
            String id = "solutions/" + chapter.chapter().slug();
            if (chapter.status() != ChapterStatus.GRADED) {
                problems.add(id + " is " + chapter.status().label() + ": " + chapter.problem());
                continue;
            }
            if (chapter.score() != chapter.max()) {
                problems.add(id + " scores " + Scores.format(chapter.score()) + " of " + Scores.format(chapter.max()));
            }
            for (TodoGrade.Outcome outcome : chapter.tests()) {
                if (!outcome.result().passed()) {
                    problems.add(id + ": test " + outcome.test().uniqueId() + " " + outcome.result().status() + ": "
                            + firstLine(outcome.result().message()));
                }
            }
            chapter.notes().forEach(note -> problems.add(id + ": " + note));
        }
    }

    private static void checkSkeletons(SubmissionGrade grade, List<String> problems) {
        for (ChapterGrade chapter : grade.chapters()) {
            String id = "chapters/" + chapter.chapter().slug();
            if (chapter.status() != ChapterStatus.GRADED) {
                problems.add(id + " is " + chapter.status().label() + ": " + chapter.problem());
                continue;
            }
            for (TodoGrade todo : chapter.todos()) {
                if (todo.passed() > 0) {
                    problems.add(id + ": TODO " + todo.todo().id() + " earns " + Scores.format(todo.score())
                            + " untouched; its tests must fail on the skeleton");
                }
            }
            for (TodoGrade.Outcome outcome : chapter.tests()) {
                if (outcome.test().visible() && outcome.result().passed()) {
                    problems.add(id + ": visible test " + outcome.test().uniqueId() + " passes on the skeleton");
                }
            }
        }
    }

    private static void checkExample(String name, SubmissionGrade grade, Expected expected, Path feedback,
            List<String> chapterIds, List<String> problems) {
        String where = "example " + name;
        if (expected == null) {
            problems.add(where + ": no harness/examples/expected/" + name + ".json");
            return;
        }
        if (!chapterIds.containsAll(expected.chapters().keySet())) {
            return; // an example of a chapter left out with --chapters: nothing to compare
        }
        if (!expected.status().equals(grade.status().label())) {
            problems.add(where + ": status " + grade.status().label() + ", expected " + expected.status());
        }
        for (ChapterGrade chapter : grade.chapters()) {
            String id = chapter.chapter().id();
            double want = expected.chapters().getOrDefault(id, 0.0);
            if (Math.abs(chapter.score() - want) > 0.005) {
                problems.add(where + ": " + id + " scores " + Scores.format(chapter.score()) + ", expected "
                        + Scores.format(want));
            }
        }
        String text = read(feedback);
        for (String needle : expected.feedbackContains()) {
            if (!text.contains(needle)) {
                problems.add(where + ": feedback.md does not contain \"" + needle + "\"");
            }
        }
    }

    private static Map<String, Expected> expectations(Path examples, List<String> problems) {
        Map<String, Expected> expected = new TreeMap<>();
        for (Path file : list(examples.resolve("expected"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json")) {
                try {
                    expected.put(name.substring(0, name.length() - ".json".length()), Expected.read(file));
                } catch (UncheckedIOException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return expected;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }
}
