package workbook.harness.release;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.harness.HarnessOptions;
import workbook.harness.generate.Workbook;

/** {@code release --out DIR}: writes the learner kit and proves it gives nothing away. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Write the learner kit: chapters (skeletons with visible tests), docs, Maven wrapper, a root"
                + " pom and a file repository with the compiled references, a learner README.",
                "Then check it: no solution source and no hidden test; exit 1 when one is found."})
public final class ReleaseCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "An empty or new folder.")
    private Path out;

    @Mixin
    private HarnessOptions harness;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " exists and is not an empty folder");
        }
        Workbook workbook = Workbook.at(harness.root());
        KitWriter.write(workbook, out);
        List<String> problems = KitCheck.problems(workbook, out);
        if (!problems.isEmpty()) {
            spec.commandLine().getErr().println("The kit in " + out + " gives away what it must not ("
                    + problems.size() + " problem(s)):");
            problems.forEach(problem -> spec.commandLine().getErr().println("  - " + problem));
            return 1;
        }
        writer.println("Learner kit written to " + out.toAbsolutePath().normalize() + " and checked: no solution"
                + " source, no hidden test. Learners start with README.md.");
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
