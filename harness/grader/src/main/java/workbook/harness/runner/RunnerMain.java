package workbook.harness.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The test JVM's entry point. Reads a {@link RunPlan} from standard input, runs each
 * chapter's tests against the learner's classes through the JUnit Platform Launcher and
 * reports every scored test on the {@link EventChannel}. It never trusts the learner's code
 * to end: it ends the JVM with {@code halt}, so threads left running, shutdown hooks and a
 * {@code System.exit} in a finalizer change nothing.
 */
public final class RunnerMain {

    private static final int TEST_THREAD_STACK = 16 * 1024 * 1024;

    private RunnerMain() {}

    public static void main(String[] args) throws Exception {
        RunPlan plan = new ObjectMapper().readValue(System.in.readAllBytes(), RunPlan.class);
        EventChannel events = new EventChannel(plan.nonce(), PackageRenamer.NONE);
        OutputCapture capture = new OutputCapture(plan.keptOutputBytes(), plan.outputLimitBytes());
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        Watchdog watchdog = new Watchdog();
        Launcher launcher = Engines.launcher();
        boolean[] restart = {false};
        Thread tests = new Thread(null, () -> {
            for (RunPlan.ChapterPlan chapter : plan.chapters()) {
                boolean threadsLeft = runChapter(launcher, plan, chapter, events, capture, captured, watchdog);
                events.send(RunnerEvent.of(RunnerEvent.CHAPTER_END, chapter.id()));
                if (threadsLeft) {
                    restart[0] = true;
                    return;
                }
            }
        }, "workbook-tests", TEST_THREAD_STACK);
        tests.start();
        tests.join();
        events.send(RunnerEvent.of(restart[0] ? RunnerEvent.RESTART : RunnerEvent.DONE, null));
        Runtime.getRuntime().halt(0);
    }

    /** Runs one chapter; true when the learner's code left threads running. */
    private static boolean runChapter(Launcher launcher, RunPlan plan, RunPlan.ChapterPlan chapter,
            EventChannel events, OutputCapture capture, PrintStream captured, Watchdog watchdog) {
        events.send(RunnerEvent.of(RunnerEvent.CHAPTER, chapter.id()));
        GlobalState saved = GlobalState.save();
        ClassLoader runnerLoader = Thread.currentThread().getContextClassLoader();
        try (ChapterLoaders loaders = ChapterLoaders.open(chapter, RunnerMain.class.getClassLoader())) {
            EventChannel chapterEvents = new EventChannel(plan.nonce(), loaders.renamer());
            Set<String> skip = new HashSet<>(chapter.skip());
            PackageRenamer renamer = loaders.renamer();
            PostDiscoveryFilter notYetReported = descriptor ->
                    skip.contains(renamer.restore(descriptor.getUniqueId().toString()))
                            ? FilterResult.excluded("reported by an earlier test JVM")
                            : FilterResult.included("not reported yet");
            List<DiscoverySelector> selectors = loaders.testClasses().stream()
                    .<DiscoverySelector>map(DiscoverySelectors::selectClass)
                    .toList();
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(notYetReported)
                    .configurationParameters(configuration(plan, chapter))
                    .build();
            ScoringListener listener = new ScoringListener(chapter.id(), chapterEvents, capture, watchdog, plan,
                    loaders.learnerClassNames());
            Thread.currentThread().setContextClassLoader(loaders.loader());
            launcher.execute(request, listener);
            return listener.threadsLeft();
        } catch (RuntimeException | LinkageError e) {
            events.send(new RunnerEvent(RunnerEvent.CONTAINER, chapter.id(), null, RunnerEvent.FAILED,
                    "the chapter's tests could not run: " + e, null));
            return false;
        } finally {
            Thread.currentThread().setContextClassLoader(runnerLoader);
            saved.restore();
            System.setOut(captured);
            System.setErr(captured);
        }
    }

    /** The settings the root pom gives Surefire, plus the grader's timeout. */
    static Map<String, String> configuration(RunPlan plan, RunPlan.ChapterPlan chapter) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("jqwik.database", plan.workDir() + "/jqwik-" + chapter.id() + ".db");
        parameters.put("jqwik.failures.runfirst", "false");
        parameters.put("jqwik.reporting.onlyfailures", "true");
        // Reports go through the platform, so no wall-clock timestamp lands in the feedback.
        parameters.put("jqwik.reporting.usejunitplatform", "true");
        parameters.put("jqwik.seeds.whenfixed", "ALLOW");
        // Shrinking is bounded by wall time in jqwik: off, so results never depend on the machine's load.
        parameters.put("jqwik.shrinking.default", "OFF");
        parameters.put("junit.jupiter.execution.timeout.default", plan.testTimeoutSeconds() + " s");
        parameters.put("junit.jupiter.execution.timeout.mode", "enabled");
        parameters.put("junit.jupiter.execution.parallel.enabled", "false");
        parameters.put("junit.jupiter.extensions.autodetection.enabled", "false");
        return parameters;
    }
}
