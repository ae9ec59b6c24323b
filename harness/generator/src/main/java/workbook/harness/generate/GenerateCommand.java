package workbook.harness.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes {@code chapters/} from {@code solutions/}, or with {@code --check}
 * only verifies the contract and that {@code chapters/} is up to date.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate the learner skeletons in chapters/ from the reference code in solutions/,"
                + " and the hints and commands blocks of the chapter docs from chapter.json.",
                "With --check, change nothing: report every contract problem and exit 1 if there is one."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", defaultValue = ".", description = "The workbook root (holds solutions/). Default: ${DEFAULT-VALUE}")
    private Path root;

    @Option(names = "--check", description = "Only check; write nothing.")
    private boolean check;

    @Option(names = "--chapter", split = ",", description = "Only these chapters (IDs or slugs), e.g. ch01,ch03.")
    private List<String> only;

    /**
     * Entry point for Maven's exec:java, which runs in the build's own JVM: a failure is
     * thrown (and fails the build with its message) rather than ending the JVM.
     */
    public static void main(String[] args) {
        int status = new CommandLine(new GenerateCommand()).execute(args);
        if (status != 0) {
            throw new IllegalStateException("workbook generate " + String.join(" ", args)
                    + " failed: see the problems listed above");
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workbook workbook = Workbook.at(root);
        List<Chapter> chapters = only == null ? workbook.chapters()
                : only.stream().map(workbook::chapter).toList();
        if (!check) {
            for (Chapter chapter : chapters) {
                int changed = write(workbook, chapter);
                out.printf("%-24s %s%n", chapter.slug(), changed == 0 ? "up to date" : changed + " file(s) written or removed");
            }
        }
        List<String> problems = ContractCheck.problems(workbook, chapters);
        if (!problems.isEmpty()) {
            err.println("The workbook contract is broken (" + problems.size() + " problem(s)):");
            problems.forEach(problem -> err.println("  - " + problem));
            return 1;
        }
        out.println("contract ok: " + chapters.size() + " chapter(s), chapters/ in sync with solutions/");
        return 0;
    }

    /** Brings one skeleton and the generated blocks of its doc up to date; returns how many files changed. */
    static int write(Workbook workbook, Chapter chapter) {
        SortedMap<String, byte[]> files = SkeletonGenerator.generate(chapter);
        Path dir = chapter.skeletonDir();
        int changed = 0;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                if (!SkeletonGenerator.sameContent(target, file.getValue())) {
                    writeAtomically(target, file.getValue());
                    changed++;
                }
            }
            for (Path stale : ContractCheck.generatedArea(dir)) {
                if (!files.containsKey(SkeletonGenerator.relative(dir, stale))) {
                    Files.delete(stale);
                    changed++;
                }
            }
            Path doc = workbook.root().resolve(chapter.manifest().doc());
            if (Files.isRegularFile(doc)) {
                String text = SkeletonGenerator.read(doc);
                String rendered = ChapterDoc.render(chapter, text, LearnerCommands.setup(workbook.chapters()),
                        ContractCheck.hasDemo(chapter));
                if (!rendered.equals(text)) {
                    writeAtomically(doc, rendered.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    changed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
        return changed;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".generate-", ".tmp");
        try {
            Files.write(temporary, content);
            keepPermissions(temporary, target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives a new file the target's permissions, or {@code rw-r--r--} for a new target: a temporary
     * file is created {@code rw-------}, which generated sources and docs must not keep.
     */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
}
