package workbook.harness.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbook.harness.generate.Workbook;

/** {@code examples --out DIR}: writes the example submissions, ready for {@code grade}. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = {"Write the example submissions (harness/examples/submissions: recipes made from the"
                + " reference, and malformed files) into DIR, one folder or file each, ready for grade.",
                "Example: examples --out target/examples && grade target/examples/* --out target/grades"})
public final class ExamplesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the submissions go.")
    private Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "The workbook root. Default: the current folder.")
    private Path root = Path.of("");

    @Override
    public Integer call() {
        List<Path> made = ExampleSubmissions.materialize(Workbook.at(root), out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("%d example submission(s) in %s%n", made.size(), out);
        return 0;
    }
}
