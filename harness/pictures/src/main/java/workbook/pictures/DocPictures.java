package workbook.pictures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The chapter docs' pictures, drawn from runs of the reference solutions: {@code write DIR}
 * saves them (into {@code docs/img}), {@code check DIR} lists those that are missing or out of
 * date and fails. The module's test runs the check in every build.
 *
 * <pre>
 * ./mvnw -q -pl harness/pictures -am install -DskipTests -Dworkbook.validate.skip=true
 * ./mvnw -q -pl harness/pictures exec:java
 * </pre>
 */
public final class DocPictures {

    /** The command that regenerates the pictures, for messages. */
    static final String REGENERATE = "./mvnw -q -pl harness/pictures -am install -DskipTests -Dworkbook.validate.skip=true"
            + " && ./mvnw -q -pl harness/pictures exec:java";

    private DocPictures() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("write") || args[0].equals("check"))) {
            throw new IllegalArgumentException("usage: DocPictures write|check DIR, got " + List.of(args));
        }
        Path folder = Path.of(args[1]);
        if (args[0].equals("write")) {
            for (Picture picture : all()) {
                write(folder.resolve(picture.fileName()), picture.svg());
                System.out.println("wrote " + folder.resolve(picture.fileName()) + " (for docs/" + picture.doc() + ")");
            }
        } else {
            List<String> stale = stale(folder);
            stale.forEach(System.out::println);
            if (!stale.isEmpty()) {
                System.exit(1);
            }
        }
    }

    /** Every picture, drawn now. */
    static List<Picture> all() {
        return List.of(SpanTreePicture.draw(), QuietPeriodPicture.draw(), SampledCountsPicture.draw(),
                HeadersPicture.draw(), LeakPicture.draw(), HeadVsTailPicture.draw());
    }

    /** One line per picture in {@code folder} that is missing or differs from what the reference draws now. */
    static List<String> stale(Path folder) throws IOException {
        List<String> stale = new ArrayList<>();
        for (Picture picture : all()) {
            Path file = folder.resolve(picture.fileName());
            if (!Files.exists(file)) {
                stale.add(file + " is missing; regenerate the pictures: " + REGENERATE);
            } else if (!Files.readString(file, StandardCharsets.UTF_8).equals(picture.svg())) {
                stale.add(file + " is out of date: the reference draws it differently now; regenerate: " + REGENERATE);
            }
        }
        return stale;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
