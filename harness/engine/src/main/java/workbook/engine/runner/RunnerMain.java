package workbook.engine.runner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.InputStreamReader;
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
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import workbook.engine.protocol.EventParser;
import workbook.engine.protocol.EventType;
import workbook.engine.protocol.RunRequest;
import workbook.engine.protocol.RunnerEvent;
import workbook.engine.protocol.RunnerSetup;
import workbook.testkit.TestSettings;

/**
 * The test JVM's entry point. Reads a {@link RunnerSetup} line, then one {@link RunRequest}
 * line after another from standard input, and for each runs its chapters' tests against the
 * learner's classes through the JUnit Platform Launcher, in fresh class loaders, reporting
 * every scored test on the {@link EventChannel}. It stays warm between requests. It never
 * trusts the learner's code to end: after a timeout or threads left running it reports
 * {@link EventType#RESTART} and ends the JVM with {@code halt}, so threads, shutdown hooks
 * and a {@code System.exit} in a finalizer change nothing; the parent starts a fresh one.
 */
public final class RunnerMain {

    private static final int TEST_THREAD_STACK = 16 * 1024 * 1024;
    /** The third-party jars, defined once for every chapter this JVM runs. */
    private static final LibraryClassLoader THIRD_PARTY = LibraryClassLoader.thirdParty();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private RunnerMain() {}

    public static void main(String[] args) throws Exception {
        BufferedReader requests = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
                StandardCharsets.UTF_8), 1 << 16);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        String setupLine = requests.readLine();
        if (setupLine == null) {
            Runtime.getRuntime().halt(2);
        }
        RunnerSetup setup = JSON.readValue(setupLine, RunnerSetup.class);
        EventChannel events = new EventChannel(new EventParser(setup.nonce()), PackageRenamer.NONE);
        OutputCapture capture = new OutputCapture(setup.keptOutputBytes(), setup.outputLimitBytes());
        PrintStream captured = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
        Watchdog watchdog = new Watchdog();
        Launcher launcher = Engines.launcher();
        events.send(RunnerEvent.of(EventType.READY, 0, null));
        String line;
        while ((line = requests.readLine()) != null) {
            RunRequest request = JSON.readValue(line, RunRequest.class);
            boolean[] restart = {false};
            Thread tests = new Thread(null, () -> {
                for (RunRequest.ChapterRequest chapter : request.chapters()) {
                    boolean threadsLeft = runChapter(launcher, setup, request.id(), chapter, events, capture,
                            captured, watchdog);
                    events.send(RunnerEvent.of(EventType.CHAPTER_END, request.id(), chapter.id()));
                    if (threadsLeft) {
                        restart[0] = true;
                        return;
                    }
                }
            }, "workbook-tests", TEST_THREAD_STACK);
            tests.start();
            tests.join();
            if (restart[0]) {
                events.send(RunnerEvent.of(EventType.RESTART, request.id(), null));
                Runtime.getRuntime().halt(0);
            }
            events.send(RunnerEvent.of(EventType.DONE, request.id(), null));
        }
        if (setup.exitNormally()) {
            System.exit(0);
        }
        Runtime.getRuntime().halt(0);
    }

    /** Runs one chapter; true when the learner's code left threads running. */
    private static boolean runChapter(Launcher launcher, RunnerSetup setup, int requestId,
            RunRequest.ChapterRequest chapter, EventChannel events, OutputCapture capture, PrintStream captured,
            Watchdog watchdog) {
        events.send(RunnerEvent.of(EventType.CHAPTER, requestId, chapter.id()));
        GlobalState saved = GlobalState.save();
        ClassLoader runnerLoader = Thread.currentThread().getContextClassLoader();
        try (ChapterLoaders loaders = ChapterLoaders.open(chapter, RunnerMain.class.getClassLoader(), THIRD_PARTY)) {
            EventChannel chapterEvents = events.restoring(loaders.renamer());
            Set<String> skip = new HashSet<>(chapter.skip());
            PackageRenamer renamer = loaders.renamer();
            PostDiscoveryFilter notYetReported = descriptor ->
                    skip.contains(renamer.restore(descriptor.getUniqueId().toString()))
                            ? FilterResult.excluded("reported by an earlier test JVM")
                            : FilterResult.included("not reported yet");
            List<DiscoverySelector> selectors = loaders.testClasses().stream()
                    .<DiscoverySelector>map(DiscoverySelectors::selectClass)
                    .toList();
            LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .filters(notYetReported);
            if (!chapter.includeTags().isEmpty()) {
                builder.filters(TagFilter.includeTags(chapter.includeTags()));
            }
            LauncherDiscoveryRequest discovery = builder
                    .configurationParameters(configuration(setup, chapter))
                    .build();
            ScoringListener listener = new ScoringListener(requestId, chapter.id(), chapterEvents, capture, watchdog,
                    setup, loaders.learnerClassNames());
            Thread.currentThread().setContextClassLoader(loaders.loader());
            launcher.execute(discovery, listener);
            return listener.threadsLeft();
        } catch (RuntimeException | LinkageError e) {
            events.send(RunnerEvent.container(requestId, chapter.id(), null,
                    "the chapter's tests could not run: " + e));
            return false;
        } finally {
            Thread.currentThread().setContextClassLoader(runnerLoader);
            saved.restore();
            System.setOut(captured);
            System.setErr(captured);
        }
    }

    /**
     * The workbook's test settings (the test kit's junit-platform.properties, the same under
     * Surefire and in IDEs), with the runner's own on top: a private jqwik database, reports
     * through the platform, no time-bounded shrinking, the time limits, and no extensions
     * found on the class path.
     */
    static Map<String, String> configuration(RunnerSetup setup, RunRequest.ChapterRequest chapter) {
        Map<String, String> parameters = new HashMap<>(TestSettings.load());
        parameters.put("jqwik.database", setup.workDir() + "/jqwik-" + chapter.id() + ".db");
        // Reports go through the platform, so no wall-clock timestamp lands in the feedback.
        parameters.put("jqwik.reporting.usejunitplatform", "true");
        // Shrinking is bounded by wall time in jqwik: off, so results never depend on the machine's load.
        parameters.put("jqwik.shrinking.default", "OFF");
        // A test that waits is interrupted at the wall-clock limit; the CPU limit is the watchdog's.
        parameters.put("junit.jupiter.execution.timeout.default", setup.wallTimeoutSeconds() + " s");
        parameters.put("junit.jupiter.execution.timeout.mode", "enabled");
        parameters.put("junit.jupiter.execution.parallel.enabled", "false");
        parameters.put("junit.jupiter.extensions.autodetection.enabled", "false");
        return parameters;
    }
}
