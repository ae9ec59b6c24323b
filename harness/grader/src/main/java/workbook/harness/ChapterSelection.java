package workbook.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import workbook.harness.grade.Workspace;

/**
 * The {@code --chapters} option of the commands that grade: which chapters of the workbook to
 * open. Picocli mixin; not thread-safe (filled once by the parser).
 */
public final class ChapterSelection {

    @Option(names = "--chapters", split = ",", paramLabel = "ID",
            description = "Only these chapters, e.g. ch01,ch03. Default: every chapter with TODOs.")
    private List<String> chapters = new ArrayList<>();

    /** The workbook at {@code root}, with the chosen chapters only (all of them when none was named). */
    public Workspace open(Path root) {
        return Workspace.open(root, chapters);
    }
}
