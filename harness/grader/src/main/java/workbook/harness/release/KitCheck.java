package workbook.harness.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.ContractCheck;
import workbook.harness.generate.Workbook;

/**
 * Proves a learner kit gives nothing away: no solution region, no solution source of a file
 * with a TODO, no hidden test (by path, name or content), and no jar holding Java source,
 * the relocated reference or a test class. Stateless.
 */
public final class KitCheck {

    private KitCheck() {}

    /** Every leak found, each naming the file; empty when the kit is clean. */
    public static List<String> problems(Workbook workbook, Path kit) {
        List<String> problems = new ArrayList<>();
        Set<String> hiddenNames = new HashSet<>();
        List<byte[]> secrets = new ArrayList<>();
        Set<String> testClasses = new HashSet<>();
        for (Chapter chapter : workbook.chapters()) {
            for (Path hidden : KitWriter.files(chapter.hiddenTests())) {
                hiddenNames.add(hidden.getFileName().toString());
                secrets.add(bytes(hidden));
                testClasses.add(classPath(chapter.hiddenTests(), hidden));
            }
            for (String owned : ContractCheck.learnerOwnedFiles(chapter)) {
                secrets.add(bytes(chapter.solutionDir().resolve(owned)));
            }
            for (Path visible : KitWriter.files(chapter.visibleTests())) {
                testClasses.add(classPath(chapter.visibleTests(), visible));
            }
            for (Path main : KitWriter.files(chapter.mainSources())) {
                testClasses.remove(classPath(chapter.mainSources(), main));
            }
        }
        for (Path file : KitWriter.files(kit)) {
            String relative = kit.relativize(file).toString().replace('\\', '/');
            String name = file.getFileName().toString();
            if (relative.contains("src/hidden") || relative.startsWith("solutions/")) {
                problems.add(relative + ": author-only folder in the kit");
            }
            if (name.endsWith(".java")) {
                byte[] content = bytes(file);
                String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                if (text.contains("BEGIN SOLUTION") || text.contains("END SOLUTION")) {
                    problems.add(relative + ": holds a solution region");
                }
                if (hiddenNames.contains(name)) {
                    problems.add(relative + ": has the name of a hidden test");
                }
                if (secrets.stream().anyMatch(secret -> Arrays.equals(secret, content))) {
                    problems.add(relative + ": is a hidden test or a solution file");
                }
            }
            if (name.endsWith(".jar")) {
                problems.addAll(jarProblems(relative, file, testClasses, secrets));
            }
        }
        return problems;
    }

    private static List<String> jarProblems(String relative, Path jar, Set<String> testClasses, List<byte[]> secrets) {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                String outer = name.replaceFirst("(\\$.*)?\\.class$", "");
                if (name.endsWith(".java") && name.startsWith("workbook-skeletons/")) {
                    // The learner tool's copy of the skeletons (what reset restores): held to the kit's own rule.
                    byte[] content = zip.getInputStream(entry).readAllBytes();
                    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    if (text.contains("BEGIN SOLUTION") || secrets.stream().anyMatch(s -> Arrays.equals(s, content))) {
                        problems.add(relative + "!" + name + ": a solution in the tool's skeletons");
                    }
                } else if (name.endsWith(".java")) {
                    problems.add(relative + "!" + name + ": Java source in a jar");
                } else if (name.startsWith("reference/")) {
                    problems.add(relative + "!" + name + ": the relocated reference in a jar");
                } else if (name.endsWith(".class") && testClasses.contains(outer)) {
                    problems.add(relative + "!" + name + ": a test class in a jar");
                }
            }
        } catch (IOException e) {
            problems.add(relative + ": not a readable jar (" + e.getMessage() + ")");
        }
        return problems;
    }

    /** {@code a/b/C} for the source {@code <root>/a/b/C.java}. */
    private static String classPath(Path root, Path source) {
        return root.relativize(source).toString().replace('\\', '/').replaceFirst("\\.java$", "");
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
