package workbook.learner;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import workbook.learner.command.HintCommand;
import workbook.learner.command.ResetCommand;
import workbook.learner.command.RunCommand;
import workbook.learner.command.StatusCommand;
import workbook.learner.command.Tool;
import workbook.learner.command.VerifyCommand;
import workbook.learner.command.WatchCommand;
import workbook.traceview.cli.ViewCommand;

/** {@code ./workbook}: the learner's tool. Without a command it watches the chapter to work on. */
@Command(name = "workbook", mixinStandardHelpOptions = true, versionProvider = WorkbookCommand.Version.class,
        description = {
            "Fill in the TODOs of a chapter and see, on every save, whether the next one passes.",
            "Without a command: watch the first chapter with an unfinished TODO.",
            "",
            "A chapter is named by its folder (ch01-data-types) or prefix (ch01), a TODO by its ID (ch01.3)."},
        subcommands = {WatchCommand.class, HintCommand.class, StatusCommand.class, ResetCommand.class,
            RunCommand.class, VerifyCommand.class, ViewCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done (verify: every TODO passes)", "  1  verify: some TODO does not pass yet",
            "  2  wrong usage (unknown chapter, TODO or option)", "  3  the chapter does not compile or cannot run",
            "", "Docs: docs/learner-tool.md"})
public final class WorkbookCommand implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the tool's error handling: a bad name is one line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WorkbookCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            PrintWriter err = line.getErr();
            if (exception instanceof IllegalArgumentException) {
                err.println("workbook: " + exception.getMessage());
                return Tool.USAGE;
            }
            err.println("workbook: " + exception);
            return Tool.BROKEN;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        return new WatchCommand().call();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = WorkbookCommand.class.getPackage().getImplementationVersion();
            return new String[] {"workbook " + (version == null ? "(development build)" : version)};
        }
    }
}
