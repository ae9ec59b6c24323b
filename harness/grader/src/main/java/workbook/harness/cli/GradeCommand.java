package workbook.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.harness.ChapterSelection;
import workbook.harness.HarnessOptions;
import workbook.harness.grade.Grader;
import workbook.harness.grade.Submission;
import workbook.harness.grade.Workspace;
import workbook.harness.report.GradeRow;
import workbook.harness.report.ScoreTable;

/** {@code grade SUBMISSION... --out DIR}: grades a class's submissions. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grade submissions: folders shaped like the learner kit (chapters/chNN-*/src/main/java)"
                + " or .zip files of one.",
                "Writes DIR/<submission>/results.json (Gradescope format), DIR/<submission>/feedback.md and"
                        + " DIR/grades.csv, and prints the score table. Submissions already graded with the same"
                        + " inputs are not graded again (use --force).",
                "Exit status 0 when grading was done, whatever the scores."})
public final class GradeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SUBMISSION", description = "Submission folders or .zip files.")
    private List<Path> submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the results go.")
    private Path out;

    @Option(names = "--jobs", defaultValue = "2", paramLabel = "N",
            description = "Submissions graded at once. Default: ${DEFAULT-VALUE}.")
    private int jobs;

    @Mixin
    private ChapterSelection chapters;

    @Option(names = "--force", description = "Grade again even what is already graded.")
    private boolean force;

    @Option(names = "--shard", paramLabel = "i/n", converter = Shard.Converter.class,
            description = "Grade only share i of n (submissions sorted by name, dealt round-robin), e.g. on n CI"
                    + " runners given the same submissions; merge the outputs with gradebook.")
    private Shard shard;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, got " + jobs);
        }
        List<Submission> batch = submissions(spec.commandLine(), submissions);
        if (shard != null) {
            int all = batch.size();
            batch = shard.of(batch);
            out.println("Shard " + shard + ": " + batch.size() + " of " + all + " submission(s)");
        }
        Workspace workspace = chapters.open(harness.root());
        Grader grader = new Grader(workspace, new Grader.Options(this.out, jobs, force, harness.jvm()));
        out.println("Sandbox: " + grader.sandboxStatus());
        out.println("Processors: " + grader.processorStatus());
        out.println("Test JVMs: " + grader.prepareTestJvms(harness.aotCache()));
        List<GradeRow> rows = grader.gradeAll(batch, new ConsoleProgress(out, System.console() != null), grade -> {});
        out.println();
        out.print(ScoreTable.render(grader.chapterIds(), rows));
        out.println();
        out.println("Results in " + this.out.toAbsolutePath().normalize() + " (grades.csv, <submission>/results.json,"
                + " <submission>/feedback.md)");
        return 0;
    }

    /** The submissions named on the command line; a missing path or a name used twice is bad usage. */
    static List<Submission> submissions(CommandLine line, List<Path> paths) {
        List<Submission> batch = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(line, "no such submission: " + path);
            }
            Submission submission = Submission.of(path);
            Path other = names.putIfAbsent(submission.name(), path);
            if (other != null) {
                throw new CommandLine.ParameterException(line, "two submissions would be filed under the same name '"
                        + submission.name() + "': " + other + " and " + path + "; rename one");
            }
            batch.add(submission);
        }
        return batch;
    }
}
