package workbook.harness.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.Workbook;

/**
 * What one release of the learner kit holds: the chapters up to a deadline, the compiled
 * references and the workbook's own libraries those chapters build on (and nothing more), and
 * the readable solutions of the chapters whose deadline has passed. Immutable.
 *
 * @param chapters   the chapters in the kit, in order
 * @param references the reference artifact IDs the kit's chapters need, transitively
 * @param libraries  the workbook's own library modules (under {@code harness/}, such as
 *                   {@code workbook-traceview}) the kit's chapters need, by artifact ID
 * @param solutions  the chapters whose readable solutions the kit holds (a prefix of {@code chapters})
 */
public record ReleaseScope(List<Chapter> chapters, Set<String> references, Set<String> libraries,
        List<Chapter> solutions) {

    private static final Pattern REFERENCE_DEPENDENCY = Pattern.compile(
            "<artifactId>\\s*(ch\\d\\d-[a-z0-9-]+-reference)\\s*</artifactId>");
    private static final Pattern LIBRARY_DEPENDENCY = Pattern.compile(
            "<artifactId>\\s*(workbook-[a-z0-9-]+)\\s*</artifactId>(?:(?!</dependency>).)*</dependency>", Pattern.DOTALL);
    /** Always in the kit: the poms every chapter inherits from and the test kit every chapter's tests use. */
    static final Set<String> ALWAYS = Set.of("workbook-parent", "workbook-solutions", "workbook-testkit");

    public ReleaseScope {
        chapters = List.copyOf(chapters);
        references = Set.copyOf(new TreeSet<>(references));
        libraries = Set.copyOf(new TreeSet<>(libraries));
        solutions = List.copyOf(solutions);
    }

    /** Every chapter, no solutions: the kit for the start of a course. */
    public static ReleaseScope all(Workbook workbook) {
        return of(workbook, Optional.empty(), Optional.empty());
    }

    /**
     * @param through          the last chapter in the kit ({@code ch03} or its slug); empty for all
     * @param solutionsThrough the last chapter whose solution is handed out; empty for none
     */
    public static ReleaseScope of(Workbook workbook, Optional<String> through, Optional<String> solutionsThrough) {
        List<Chapter> all = workbook.chapters();
        int last = through.map(id -> all.indexOf(workbook.chapter(id))).orElse(all.size() - 1);
        List<Chapter> chapters = all.subList(0, last + 1);
        List<Chapter> solutions = List.of();
        if (solutionsThrough.isPresent()) {
            int lastSolution = all.indexOf(workbook.chapter(solutionsThrough.get()));
            if (lastSolution > last) {
                throw new IllegalArgumentException("--solutions-through " + solutionsThrough.get()
                        + " goes beyond the chapters in the kit (--through " + chapters.get(last).id()
                        + "): hand out solutions only of chapters already released");
            }
            solutions = all.subList(0, lastSolution + 1).stream()
                    .filter(chapter -> !chapter.manifest().todos().isEmpty()).toList();
        }
        Set<String> references = new TreeSet<>();
        Deque<Chapter> pending = new ArrayDeque<>(chapters);
        while (!pending.isEmpty()) {
            for (String artifactId : referenceDependencies(pending.pop())) {
                if (references.add(artifactId)) {
                    pending.add(all.stream().filter(c -> c.referenceArtifactId().equals(artifactId)).findFirst()
                            .orElseThrow(() -> new IllegalStateException("a chapter depends on " + artifactId
                                    + ", which is no chapter's reference")));
                }
            }
        }
        Set<String> libraries = new TreeSet<>();
        Deque<Path> poms = new ArrayDeque<>();
        chapters.forEach(chapter -> poms.add(chapter.solutionDir().resolve("pom.xml")));
        all.stream().filter(chapter -> references.contains(chapter.referenceArtifactId()))
                .forEach(chapter -> poms.add(chapter.solutionDir().resolve("pom.xml")));
        while (!poms.isEmpty()) {
            for (String artifactId : libraryDependencies(poms.pop())) {
                if (!ALWAYS.contains(artifactId) && libraries.add(artifactId)) {
                    poms.add(libraryPom(workbook, artifactId));
                }
            }
        }
        return new ReleaseScope(chapters, references, libraries, solutions);
    }

    /** The pom of the workbook's library module with this artifact ID: {@code harness/<module>/pom.xml}. */
    static Path libraryPom(Workbook workbook, String artifactId) {
        try (Stream<Path> modules = Files.list(workbook.root().resolve("harness"))) {
            return modules.map(module -> module.resolve("pom.xml")).filter(Files::isRegularFile)
                    .filter(pom -> artifactId.equals(ownArtifactId(pom))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a chapter depends on " + artifactId
                            + ", which is no module under harness/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ownArtifactId(Path pom) {
        String text = KitWriter.read(pom).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher id = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>").matcher(text);
        return id.find() ? id.group(1) : "";
    }

    /** The workbook's own non-test artifacts a pom depends on (not the chapter references). */
    static Set<String> libraryDependencies(Path pom) {
        String text = KitWriter.read(pom).replaceAll("(?s)<!--.*?-->", "");
        Set<String> ids = new TreeSet<>();
        Matcher dependencies = Pattern.compile("(?s)<dependencies>(.*?)</dependencies>").matcher(text);
        while (dependencies.find()) {
            Matcher library = LIBRARY_DEPENDENCY.matcher(dependencies.group(1));
            while (library.find()) {
                if (!library.group(0).contains("<scope>test</scope>")) {
                    ids.add(library.group(1));
                }
            }
        }
        return ids;
    }

    /** The reference artifacts a chapter's pom depends on. */
    static Set<String> referenceDependencies(Chapter chapter) {
        String pom = KitWriter.read(chapter.solutionDir().resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        Set<String> ids = new TreeSet<>();
        Matcher dependencies = Pattern.compile("(?s)<dependencies>(.*?)</dependencies>").matcher(pom);
        while (dependencies.find()) {
            Matcher reference = REFERENCE_DEPENDENCY.matcher(dependencies.group(1));
            while (reference.find()) {
                ids.add(reference.group(1));
            }
        }
        ids.remove(chapter.referenceArtifactId());
        return ids;
    }

    /** The chapters with a readable solution in the kit, by ID. */
    public Set<String> solutionIds() {
        Set<String> ids = new TreeSet<>();
        solutions.forEach(chapter -> ids.add(chapter.id()));
        return ids;
    }

    /** In words, for the command's report. */
    public String describe() {
        return "chapters " + chapters.get(0).id() + " to " + chapters.get(chapters.size() - 1).id()
                + ", references " + (references.isEmpty() ? "none" : String.join(", ", new TreeSet<>(references)))
                + (libraries.isEmpty() ? "" : ", libraries " + String.join(", ", new TreeSet<>(libraries)))
                + ", solutions " + (solutions.isEmpty() ? "none"
                        : solutions.get(0).id() + " to " + solutions.get(solutions.size() - 1).id());
    }
}
