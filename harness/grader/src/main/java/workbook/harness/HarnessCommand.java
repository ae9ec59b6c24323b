package workbook.harness;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import workbook.harness.bench.BenchCommand;
import workbook.harness.cli.GradeCommand;
import workbook.harness.examples.ExamplesCommand;
import workbook.harness.generate.GenerateCommand;
import workbook.harness.gradebook.GradebookCommand;
import workbook.harness.gradescope.GradescopeCommand;
import workbook.harness.gradescope.GradescopeRunCommand;
import workbook.harness.release.ReleaseCommand;
import workbook.harness.validate.ValidateCommand;

/**
 * {@code java -jar harness/target/workbook-harness.jar}: the instructor's tool. Exit status 0
 * when the command did its job (whatever the scores), 1 when it could not (a workbook that is
 * not built, a failed validation), 2 on bad usage.
 */
@Command(name = "workbook-harness", mixinStandardHelpOptions = true, versionProvider = WorkbookVersion.class,
        description = "Grade, validate and release the tracing workbook (docs/instructor-guide.md).",
        subcommands = {GradeCommand.class, GradebookCommand.class, ValidateCommand.class, ReleaseCommand.class,
                GradescopeCommand.class, GradescopeRunCommand.class, BenchCommand.class, GenerateCommand.class,
                ExamplesCommand.class, CommandLine.HelpCommand.class})
public final class HarnessCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a clear message, no stack trace, status 1. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HarnessCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("workbook-harness: " + message(exception));
            err.flush();
            return 1;
        });
        return commandLine;
    }

    private static String message(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.toString() : message;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: grade, gradebook, validate,"
                + " release, gradescope, bench, generate or examples (see --help)");
    }
}
