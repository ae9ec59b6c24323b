package workbook.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The workbook's version: the root pom's {@code <version>}, the one place it is kept. The
 * harness reads it from its jar's manifest ({@code Implementation-Version}, written by the
 * build); run from compiled classes (its own tests), from the system property
 * {@code workbook.version} that the build sets. A learner kit carries it in its poms (the
 * {@code <parent>} version of the kit's root and chapter poms), so a submission tells which
 * version it was made from. Stateless.
 */
public final class WorkbookVersion implements CommandLine.IVersionProvider {

    private static final Pattern PARENT_VERSION = Pattern.compile(
            "(?s)<parent>.*?<version>\\s*([^<\\s]+)\\s*</version>.*?</parent>");
    private static final Pattern PROJECT_VERSION = Pattern.compile(
            "<artifactId>workbook-parent</artifactId>\\s*<version>\\s*([^<\\s]+)\\s*</version>");

    /** The version of this harness and of the workbook it was built with. */
    public static String current() {
        String version = WorkbookVersion.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("workbook.version");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the harness does not know its version: run it from its jar"
                    + " (harness/target/workbook-harness.jar, built by ./mvnw -q install -DskipTests)");
        }
        return version;
    }

    /**
     * The version a submission (a folder shaped like the learner kit) was made from: read from
     * its root pom, else from any chapter pom's parent; empty when it carries none (loose files).
     */
    public static Optional<String> ofKit(Path kitRoot) {
        Optional<String> root = pomVersion(kitRoot.resolve("pom.xml"), PROJECT_VERSION);
        if (root.isPresent()) {
            return root;
        }
        Path chapters = Files.isDirectory(kitRoot.resolve("chapters"), LinkOption.NOFOLLOW_LINKS)
                ? kitRoot.resolve("chapters") : kitRoot;
        try (Stream<Path> dirs = Files.list(chapters)) {
            List<Path> poms = dirs.map(dir -> dir.resolve("pom.xml"))
                    .filter(pom -> Files.isRegularFile(pom, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            for (Path pom : poms) {
                Optional<String> version = pomVersion(pom, PARENT_VERSION);
                if (version.isPresent()) {
                    return version;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> pomVersion(Path pom, Pattern pattern) {
        if (!Files.isRegularFile(pom, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            if (Files.size(pom) > 256 * 1024) {
                return Optional.empty();
            }
            String text = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"workbook-harness " + current()};
    }
}
