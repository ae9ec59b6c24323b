package workbook.harness.grade;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One learner's submission as given on the command line: a folder shaped like the learner
 * kit, or a {@code .zip} of one. Anything else is still a submission, graded as invalid.
 * Immutable.
 *
 * @param name the name its results are filed under: the folder or file name without {@code .zip}
 * @param path where it is
 */
public record Submission(String name, Path path) {

    public static Submission of(Path path) {
        Path fileName = path.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "submission" : fileName.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            name = name.substring(0, name.length() - ".zip".length());
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        return new Submission(name, path);
    }
}
