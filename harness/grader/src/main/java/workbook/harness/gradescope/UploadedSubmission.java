package workbook.harness.gradescope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.Workbook;
import workbook.harness.grade.Submission;

/**
 * What a learner uploaded to Gradescope, which unpacks an upload into
 * {@code /autograder/submission}: the kit folder (or the one folder holding it), a zip of it,
 * or the chapter folders themselves ({@code ch01-data-types/...}, as when the contents of
 * {@code chapters/} are uploaded). Anything else gets a message that says what was found and
 * what to upload instead. Stateless.
 */
final class UploadedSubmission {

    static final String EXPECTED = "upload the kit folder (the one holding chapters/), a zip of it, or the chapter"
            + " folders themselves (e.g. ch01-data-types with its src/main/java inside)";

    /**
     * A submission the grader reads, or the problem that keeps the upload from being graded.
     *
     * @param submission what to grade, or null
     * @param problem    what is wrong with the upload, or null
     */
    record Located(Submission submission, String problem) {}

    private UploadedSubmission() {}

    /** Finds the submission in {@code upload}; loose chapter folders are copied into kit shape under {@code scratch}. */
    static Located locate(Path upload, Workbook workbook, Path scratch) {
        if (!Files.isDirectory(upload)) {
            return new Located(null, "there is no submission folder " + upload + ": " + EXPECTED);
        }
        List<Path> entries = visibleEntries(upload);
        if (entries.isEmpty()) {
            return new Located(null, "the submission is empty: " + EXPECTED);
        }
        if (isDirectory(upload.resolve("chapters"))) {
            return new Located(new Submission("submission", upload), null);
        }
        if (entries.size() == 1 && isDirectory(entries.get(0)) && isDirectory(entries.get(0).resolve("chapters"))) {
            return new Located(new Submission("submission", entries.get(0)), null);
        }
        Set<String> slugs = workbook.chapters().stream().map(Chapter::slug).collect(Collectors.toSet());
        List<Path> chapters = entries.stream()
                .filter(entry -> isDirectory(entry) && slugs.contains(entry.getFileName().toString())).toList();
        if (chapters.isEmpty() && entries.size() == 1 && isDirectory(entries.get(0))) {
            chapters = visibleEntries(entries.get(0)).stream()
                    .filter(entry -> isDirectory(entry) && slugs.contains(entry.getFileName().toString())).toList();
        }
        if (!chapters.isEmpty()) {
            Path kit = scratch.resolve("submission");
            for (Path chapter : chapters) {
                copyTree(chapter, kit.resolve("chapters").resolve(chapter.getFileName().toString()));
            }
            return new Located(new Submission("submission", kit), null);
        }
        List<Path> zips = entries.stream().filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                && entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")).toList();
        if (zips.size() == 1) {
            return new Located(new Submission("submission", zips.get(0)), null);
        }
        String found = entries.stream().limit(6).map(entry -> entry.getFileName() + (isDirectory(entry) ? "/" : ""))
                .collect(Collectors.joining(", ")) + (entries.size() > 6 ? ", …" : "");
        boolean looseJava = entries.stream().anyMatch(entry -> entry.getFileName().toString().endsWith(".java"));
        return new Located(null, "the upload holds " + found + (zips.size() > 1 ? " (more than one zip)" : "")
                + (looseJava ? "; loose .java files lose the chapter and package they belong to" : "")
                + ": " + EXPECTED);
    }

    private static boolean isDirectory(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static List<Path> visibleEntries(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals("__MACOSX"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Copies regular files and folders, never following links: a link in an upload is not copied. */
    private static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + ": " + e.getMessage(), e);
        }
    }
}
