package workbook.harness.release;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.HarnessOptions;
import workbook.harness.WorkbookVersion;
import workbook.harness.generate.Workbook;

/**
 * {@code release --out DIR [--through chNN] [--solutions-through chNN]}: writes the learner kit
 * and proves it holds what was asked and gives nothing away.
 */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Write the learner kit: chapters (skeletons with visible tests), docs, Maven wrapper, a root"
                + " pom, a file repository with the compiled references the chapters build on (without debug"
                + " information), a learner README.",
                "Then check it: exactly the chapters, references and solutions asked for, no hidden test, no"
                        + " solution source beyond the handed-out solutions; exit 1 when the check fails."})
public final class ReleaseCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder.")
    private Path out;

    @Option(names = "--through", paramLabel = "CHAPTER",
            description = "Release the chapters up to this one (e.g. ch03) and only the references they need."
                    + " Default: every chapter.")
    private String through;

    @Option(names = "--solutions-through", paramLabel = "CHAPTER",
            description = "Also hand out the readable solutions of the chapters up to this one (their deadline has"
                    + " passed), in solutions/. Default: none.")
    private String solutionsThrough;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists and is not an empty folder");
        }
        Workbook workbook = Workbook.at(harness.root());
        ReleaseScope scope = ReleaseScope.of(workbook, Optional.ofNullable(through), Optional.ofNullable(solutionsThrough));
        KitWriter.write(workbook, out, scope);
        List<String> problems = KitCheck.problems(workbook, out, scope);
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println("The kit in " + out + " gives away what it must not ("
                    + problems.size() + " problem(s)):");
            problems.forEach(problem -> spec.commandLine().getErr().println("  - " + problem));
            return 1;
        }
        writer.println("Learner kit " + WorkbookVersion.current() + " written to " + out.toAbsolutePath().normalize()
                + " (" + scope.describe() + ") and checked: nothing more, no hidden test, no debug information."
                + " Learners start with README.md.");
        return 0;
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
