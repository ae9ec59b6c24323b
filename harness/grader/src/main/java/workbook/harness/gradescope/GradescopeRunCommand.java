package workbook.harness.gradescope;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.ChapterSelection;
import workbook.harness.HarnessOptions;
import workbook.harness.WorkbookVersion;
import workbook.engine.files.AtomicFiles;
import workbook.harness.grade.Grader;
import workbook.harness.score.SubmissionGrade;
import workbook.harness.grade.Workspace;
import workbook.engine.files.FileTrees;

/**
 * {@code gradescope-run}: what the autograder zip's {@code run_autograder} calls for each
 * submission. Finds the submission in the upload, grades it, and writes Gradescope's
 * {@code results.json}; an upload that cannot be graded, or a failure of the grader itself,
 * still gets a {@code results.json} whose text says what happened. With {@code --check}
 * ({@code setup.sh}), only opens the workbook: every jar and class grading needs is there.
 */
@Command(name = "gradescope-run", hidden = true, mixinStandardHelpOptions = true,
        description = "Grade one Gradescope submission (called by run_autograder in the zip that the gradescope"
                + " command writes).")
public final class GradescopeRunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--submission", paramLabel = "DIR", description = "The upload: /autograder/submission.")
    private Path submission;

    @Option(names = "--results", paramLabel = "FILE", description = "Where results.json goes.")
    private Path results;

    @Option(names = "--hidden-tests", defaultValue = "visible", paramLabel = "VISIBILITY",
            converter = VisibilityConverter.class,
            description = "When learners see hidden tests' outcomes: visible, after_due_date, after_published or"
                    + " hidden. Default: ${DEFAULT-VALUE}.")
    private Visibility hiddenTests;

    @Mixin
    private ChapterSelection chapters;

    @Option(names = "--check", description = "Only open the workbook and say whether it is ready to grade.")
    private boolean check;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (check) {
            Workspace workspace = chapters.open(harness.root());
            out.println("Autograder ready: workbook " + WorkbookVersion.current() + ", chapters "
                    + String.join(", ", workspace.chapters().stream().map(c -> c.id()).toList())
                    + "; every jar and class grading needs is in " + workspace.workbook().root());
            return 0;
        }
        if (submission == null || results == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--submission and --results are required");
        }
        Path scratch = temporaryFolder();
        try {
            Workspace workspace = chapters.open(harness.root());
            UploadedSubmission.Located located = UploadedSubmission.locate(submission, workspace.workbook(), scratch);
            if (located.problem() != null) {
                out.println("Not graded: " + located.problem());
                AtomicFiles.write(results, notGraded("This submission could not be graded: " + located.problem() + "."));
                return 0;
            }
            Grader grader = new Grader(workspace, new Grader.Options(scratch.resolve("out"), 1, true, harness.jvm()));
            SubmissionGrade grade = grader.grade(located.submission(), scratch.resolve("work"));
            AtomicFiles.write(results, GradescopeResults.render(grade, "gradescope", hiddenTests));
            out.printf("Graded: %s of %s (%s)%n", grade.score(), grade.max(), grade.status().label());
            return 0;
        } catch (RuntimeException e) {
            // The learner sees a clear line; the instructor's view (this output) has the details.
            e.printStackTrace(new PrintWriter(spec.commandLine().getErr(), true));
            AtomicFiles.write(results, notGraded("The autograder failed on this submission (" + e.getMessage()
                    + "). Your instructor can see the details; please tell them."));
            return 1;
        } finally {
            FileTrees.deleteTree(scratch); // the container is thrown away after grading
        }
    }

    private static String notGraded(String output) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("score", 0.0);
        root.put("output", output);
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        root.putArray("tests");
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("workbook-gradescope-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }


    /** Reads {@code after_due_date} and its kin. */
    static final class VisibilityConverter implements CommandLine.ITypeConverter<Visibility> {
        @Override
        public Visibility convert(String value) {
            for (Visibility visibility : Visibility.values()) {
                if (visibility.json().equals(value)) {
                    return visibility;
                }
            }
            throw new CommandLine.TypeConversionException("expected visible, after_due_date, after_published or"
                    + " hidden, got '" + value + "'");
        }
    }
}
