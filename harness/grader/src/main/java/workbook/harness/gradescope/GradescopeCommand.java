package workbook.harness.gradescope;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.HarnessOptions;
import workbook.harness.WorkbookVersion;
import workbook.harness.grade.Workspace;

/** {@code gradescope --out autograder.zip}: writes the Gradescope autograder and checks that it holds no source. */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = {"Write the Gradescope autograder zip: setup.sh (installs a JDK from the distribution's"
                + " packages), run_autograder (grades /autograder/submission into /autograder/results/results.json)"
                + " and the built workbook, compiled, with every jar grading needs.",
                "Then check it: no reference or hidden-test source; exit 1 when the check fails."})
public final class GradescopeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "ZIP", description = "The zip to write, e.g. autograder.zip.")
    private Path out;

    @Option(names = "--chapters", split = ",", paramLabel = "ID",
            description = "Grade only these chapters (one Gradescope assignment per chapter). Default: every chapter"
                    + " with TODOs.")
    private List<String> chapters = new ArrayList<>();

    @Option(names = "--hidden-tests", defaultValue = "visible", paramLabel = "VISIBILITY",
            converter = GradescopeRunCommand.VisibilityConverter.class,
            description = "When learners see the outcomes of hidden tests: visible, after_due_date, after_published"
                    + " or hidden (Gradescope's visibility). Tests in the learner's kit are always shown."
                    + " Default: ${DEFAULT-VALUE}.")
    private Visibility hiddenTests;

    @Option(names = "--include-reference-sources",
            description = "Ship the reference's sources too, so that fair grading can let the reference stand in for a"
                    + " submission's other TODOs (a TODO left undone then costs only its own points, as on your"
                    + " machine). Without it the zip holds compiled code only, and on Gradescope one unfinished TODO"
                    + " can cost points in the others of its chapter.")
    private boolean referenceSources;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        if (!out.getFileName().toString().endsWith(".zip")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .zip file, got " + out);
        }
        harness.jvm(); // validates --test-timeout and --heap now rather than on Gradescope
        Workspace workspace = Workspace.open(harness.root(), chapters);
        List<String> options = new ArrayList<>();
        if (!chapters.isEmpty()) {
            options.add("--chapters " + String.join(",", chapters));
        }
        if (hiddenTests != Visibility.VISIBLE) {
            options.add("--hidden-tests " + hiddenTests.json());
        }
        options.addAll(harness.commandLineOptions());
        String runAutograder = new String(AutograderZip.resource("run_autograder"), StandardCharsets.UTF_8)
                .replace("@OPTIONS@", String.join(" ", options)).replace(" \n", "\n");
        String setup = new String(AutograderZip.resource("setup.sh"), StandardCharsets.UTF_8)
                .replace("@CHAPTERS@", chapters.isEmpty() ? "" : "--chapters " + String.join(",", chapters))
                .replace(" \n", "\n");
        SortedMap<String, byte[]> contents = AutograderZip.contents(workspace, harnessJar(), setup, runAutograder,
                referenceSources);
        AutograderZip.write(contents, out);
        List<String> problems = AutograderZip.problems(workspace, out, referenceSources);
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println("The autograder " + out + " holds what it must not ("
                    + problems.size() + " problem(s)):");
            problems.forEach(problem -> spec.commandLine().getErr().println("  - " + problem));
            return 1;
        }
        long size;
        try {
            size = Files.size(out);
        } catch (java.io.IOException e) {
            size = -1;
        }
        int points = workspace.chapters().stream().mapToInt(c -> c.chapter().manifest().maxPoints()).sum();
        writer.printf("Gradescope autograder for workbook %s written to %s (%d files, %.1f MB): chapters %s (%d points),"
                + " hidden tests %s; checked: %s.%n", WorkbookVersion.current(),
                out.toAbsolutePath().normalize(), contents.size(), size / 1e6,
                String.join(", ", workspace.chapters().stream().map(c -> c.id()).toList()), points, hiddenTests.json(),
                referenceSources ? "no hidden-test source; the reference sources are in it, as asked"
                        : "no reference or hidden-test source");
        writer.println("Upload it under Configure Autograder > Zip file upload (Ubuntu base image);"
                + " docs/instructor-guide.md, \"Gradescope\".");
        return 0;
    }

    private static Path harnessJar() {
        try {
            Path jar = Path.of(GradescopeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                throw new IllegalStateException("run gradescope from the harness jar (java -jar"
                        + " harness/target/workbook-harness.jar gradescope ...), not from " + jar);
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
