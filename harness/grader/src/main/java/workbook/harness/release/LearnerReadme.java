package workbook.harness.release;

import java.util.List;
import workbook.harness.generate.Chapter;
import workbook.harness.generate.LearnerCommands;

/** The learner kit's README. Stateless. */
final class LearnerReadme {

    private LearnerReadme() {}

    static String text(List<Chapter> chapters, List<Chapter> solutions, String version) {
        StringBuilder chapterList = new StringBuilder();
        for (Chapter chapter : chapters) {
            chapterList.append("| `chapters/").append(chapter.slug()).append("` | ").append(chapter.manifest().title())
                    .append(" | [").append(chapter.manifest().doc()).append("](").append(chapter.manifest().doc())
                    .append(") | ").append(chapter.manifest().todos().size()).append(" |\n");
        }
        return """
                # Distributed tracing workbook: learner kit

                Workbook version %s (your instructor's grader tells you if it grades another version).

                Graded Java exercises on distributed tracing, from "what is a span" to context
                propagation and tail sampling. Each chapter is a Maven module with TODOs to fill in
                and tests that tell you when they work.

                ## One-time setup (needs the internet once)

                You need JDK 17 or newer (`java -version`). Then, from this folder:

                ```
                %s
                ```

                It downloads Maven and the libraries, builds every chapter, then runs chapter 00's
                tests and demo, which work out of the box. After that everything works offline
                (add `-o` to a command to make sure). (On Windows use `mvnw.cmd`.)

                ## Working on a chapter

                ```
                cd chapters/ch01-data-types
                ../../mvnw test
                ```

                Read the chapter's doc first. Every TODO in the code has an ID (`TODO ch01.3`), a
                title and a first hint; the doc has the rest of the hints. Each failing test names
                its TODO, and the run ends with your progress per TODO. A chapter builds on the
                *reference* version of the chapters before it (shipped compiled in `repository/`),
                so you can do any chapter even if an earlier one is not finished.

                | chapter | what | doc | TODOs |
                |---|---|---|---:|
                %s
                ## Handing in

                Hand in this whole folder (or a zip of it); only `chapters/*/src/main/java` is
                graded. Your instructor's grader runs the tests you see and more hidden ones;
                keep each chapter's package names as they are. Edit the code under
                `src/main/java`; the tests under `src/test/java` are yours to read and run.
                %s""".formatted(version, LearnerCommands.setup(chapters), chapterList, solutionsSection(solutions));
    }

    private static String solutionsSection(List<Chapter> solutions) {
        if (solutions.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder();
        for (Chapter chapter : solutions) {
            list.append("- `solutions/").append(chapter.slug()).append("`: ").append(chapter.manifest().title())
                    .append('\n');
        }
        return """

                ## Solutions of finished chapters

                The reference solutions of the chapters whose deadline has passed are in
                `solutions/`, file for file beside your own `src/main/java`. Compare them with
                yours once your chapter is handed in:

                """ + list;
    }
}
