package workbook.harness.gradebook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.engine.files.AtomicFiles;
import workbook.harness.report.GradeRow;
import workbook.harness.report.GradesCsv;
import workbook.harness.report.ScoreTable;

/**
 * {@code gradebook DIR... --out DIR}: one gradebook from the {@code --out} folders of several
 * grading runs (shards on CI runners, machines, days). Copies every submission's folder into
 * the output folder, so that it holds everything and a later {@code grade --out} there resumes,
 * and writes {@code grades.csv} and {@code scores.txt} over all of them.
 */
@Command(name = "gradebook", mixinStandardHelpOptions = true,
        description = {"Merge the results of several grading runs (e.g. the shards of grade --shard i/n) into one"
                + " folder: every <submission>/ folder, one grades.csv and one score table (scores.txt).",
                "A submission graded differently in two folders is an error; exit 1 then."})
public final class GradebookCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Output folders of grade (--out).")
    private List<Path> folders;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the merged gradebook goes; may be one of the DIRs.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter writer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, GradedFolder.Graded> merged = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : folders) {
            GradedFolder.Contents contents = GradedFolder.read(folder);
            problems.addAll(contents.problems());
            for (GradedFolder.Graded graded : contents.graded()) {
                GradedFolder.Graded other = merged.putIfAbsent(graded.row().name(), graded);
                if (other != null && !(other.fingerprint().equals(graded.fingerprint())
                        && other.row().equals(graded.row()))) {
                    problems.add("submission '" + graded.row().name() + "' was graded differently in " + other.folder()
                            + " and " + graded.folder() + ": remove the outdated one, or regrade it");
                }
            }
        }
        if (!problems.isEmpty()) {
            err.println("No gradebook written (" + problems.size() + " problem(s)):");
            problems.forEach(problem -> err.println("  - " + problem));
            return 1;
        }
        Path target = out.toAbsolutePath().normalize();
        for (GradedFolder.Graded graded : merged.values()) {
            Path destination = target.resolve(graded.folder().getFileName().toString());
            if (!destination.equals(graded.folder().toAbsolutePath().normalize())) {
                copyFolder(graded.folder(), destination);
            }
        }
        List<GradeRow> rows = merged.values().stream().map(GradedFolder.Graded::row).toList();
        TreeSet<String> chapterIds = new TreeSet<>();
        rows.forEach(row -> chapterIds.addAll(row.chapters().keySet()));
        List<String> chapters = List.copyOf(chapterIds);
        String table = ScoreTable.render(chapters, rows);
        AtomicFiles.write(target.resolve("grades.csv"), GradesCsv.render(chapters, rows));
        AtomicFiles.write(target.resolve("scores.txt"), table);
        writer.print(table);
        writer.println();
        writer.println(rows.size() + " submission(s) from " + folders.size() + " folder(s) in " + target
                + " (grades.csv, scores.txt, <submission>/)");
        return 0;
    }

    /** Replaces {@code to} with a copy of {@code from}: feedback.md first, results.json last. */
    private static void copyFolder(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            List<Path> paths = walk.filter(path -> !path.getFileName().toString().equals("results.json")).toList();
            for (Path path : paths) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    AtomicFiles.write(target, Files.readAllBytes(path));
                }
            }
            Files.createDirectories(to);
            AtomicFiles.write(to.resolve("results.json"), Files.readAllBytes(from.resolve("results.json")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
