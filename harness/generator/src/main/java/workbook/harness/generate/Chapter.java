package workbook.harness.generate;

import java.nio.file.Path;

/**
 * A chapter as laid out on disk: its reference module under {@code solutions/} and the
 * learner's skeleton under {@code chapters/}, both named by the same slug.
 *
 * @param slug        directory name, {@code ch01-data-types}
 * @param solutionDir {@code solutions/<slug>}
 * @param skeletonDir {@code chapters/<slug>}
 * @param manifest    the chapter's {@code chapter.json}
 */
public record Chapter(String slug, Path solutionDir, Path skeletonDir, ChapterManifest manifest) {

    public String id() {
        return manifest.id();
    }

    /** The artifact that later chapters depend on: this chapter's compiled reference. */
    public String referenceArtifactId() {
        return slug + "-reference";
    }

    public Path mainSources() {
        return solutionDir.resolve("src/main/java");
    }

    public Path visibleTests() {
        return solutionDir.resolve("src/test/java");
    }

    public Path hiddenTests() {
        return solutionDir.resolve("src/hidden/java");
    }
}
