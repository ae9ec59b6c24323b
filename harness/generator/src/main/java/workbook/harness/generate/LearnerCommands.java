package workbook.harness.generate;

import java.util.List;

/**
 * The commands a learner types, kept once: the kit's README and every chapter doc are generated
 * from here, and {@code .ci/kit-check} runs them on a freshly released kit. Stateless.
 */
public final class LearnerCommands {

    /** Runs a chapter's tests, in the chapter's folder. */
    public static final String TEST = "../../mvnw test";

    /** Runs a chapter's demo on the learner's code, in the chapter's folder. */
    public static final String DEMO = "../../mvnw -q compile exec:java";

    private LearnerCommands() {}

    /**
     * The one-time setup, from the workbook's root folder: builds every chapter (downloading
     * Maven, the plugins and the libraries), then runs the first chapter's tests and demo, which
     * pass out of the box and fetch what only a test run and a demo need. After it, the
     * {@link #TEST} and {@link #DEMO} commands work offline ({@code -o}).
     */
    public static String setup(List<Chapter> chapters) {
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("a workbook without chapters has no setup");
        }
        return "./mvnw -q install -DskipTests && ./mvnw -q -f chapters/" + chapters.get(0).slug() + " test exec:java";
    }
}
