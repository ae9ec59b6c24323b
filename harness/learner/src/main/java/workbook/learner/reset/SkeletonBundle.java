package workbook.learner.reset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.SkeletonGenerator;
import workbook.harness.generate.Workbook;

/**
 * Build step of the tool's jar (harness/learner/pom.xml): writes every chapter's skeleton
 * {@code src/main/java}, as the generator makes it from {@code solutions/}, into the jar's
 * resources, with an index. Run as {@code SkeletonBundle <workbook root> <output folder>}.
 */
public final class SkeletonBundle {

    private static final String MAIN = "src/main/java/";

    private SkeletonBundle() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SkeletonBundle <workbook root> <output folder>");
        }
        Path out = Path.of(args[1]);
        List<String> index = new ArrayList<>();
        for (Chapter chapter : Workbook.at(Path.of(args[0])).chapters()) {
            for (Map.Entry<String, byte[]> file : SkeletonGenerator.generate(chapter).entrySet()) {
                if (file.getKey().startsWith(MAIN) && file.getKey().endsWith(".java")) {
                    String entry = chapter.slug() + "/" + file.getKey().substring(MAIN.length());
                    Path target = out.resolve(entry);
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                    index.add(entry);
                }
            }
        }
        Files.writeString(out.resolve("index.txt"), String.join("\n", index) + "\n", StandardCharsets.UTF_8);
    }
}
