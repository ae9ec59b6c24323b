package workbook.harness.grade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import workbook.engine.protocol.RunRequest;
import workbook.harness.generate.Chapter;
import workbook.engine.runner.ChapterLoaders;
import workbook.engine.runner.Engines;
import workbook.engine.runner.ScoredTests;
import workbook.harness.score.TestCase;
import workbook.testkit.TodoId;

/**
 * A chapter's scored tests, found by JUnit discovery (nothing runs) on the reference's
 * compiled tests and classes. This fixed list, not what a submission's run reports, sets
 * how many tests each TODO has: a test that did not run still counts, as a failure.
 */
final class Inventory {

    private static final Pattern TODO_ID = TodoId.PATTERN;

    private Inventory() {}

    static List<TestCase> discover(Chapter chapter, Map<String, byte[]> referenceClassFiles,
            Map<String, byte[]> testFiles, List<Path> libraries, List<Path> testLibraries) {
        Map<String, byte[]> referenceClasses = new TreeMap<>();
        referenceClassFiles.forEach((resource, bytes) -> {
            if (resource.endsWith(".class")) {
                referenceClasses.put(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'),
                        bytes);
            }
        });
        RunRequest.ChapterRequest plan = new RunRequest.ChapterRequest(chapter.id(), referenceClasses, testFiles,
                Map.of(), libraries.stream().map(Path::toString).toList(),
                testLibraries.stream().map(Path::toString).toList(), List.of(), List.of(), List.of());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (ChapterLoaders loaders = ChapterLoaders.open(plan, Inventory.class.getClassLoader())) {
            Launcher launcher = Engines.launcher();
            List<DiscoverySelector> selectors = loaders.testClasses().stream()
                    .<DiscoverySelector>map(DiscoverySelectors::selectClass).toList();
            thread.setContextClassLoader(loaders.loader());
            TestPlan testPlan = launcher.discover(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    .build());
            List<TestCase> tests = new ArrayList<>();
            for (TestIdentifier root : testPlan.getRoots()) {
                collect(chapter, testPlan, root, loaders, tests);
            }
            return List.copyOf(tests);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void collect(Chapter chapter, TestPlan plan, TestIdentifier node, ChapterLoaders loaders,
            List<TestCase> tests) {
        if (ScoredTests.isScored(node, plan)) {
            MethodSource source = (MethodSource) node.getSource().orElseThrow();
            String className = source.getClassName();
            int nested = className.indexOf('$');
            String topLevel = nested < 0 ? className : className.substring(0, nested);
            List<String> todos = node.getTags().stream()
                    .map(TestTag::getName)
                    .filter(tag -> TODO_ID.matcher(tag).matches() && chapter.manifest().todo(tag).isPresent())
                    .sorted()
                    .toList();
            boolean visible = Files.isRegularFile(chapter.visibleTests().resolve(topLevel.replace('.', '/') + ".java"));
            tests.add(new TestCase(loaders.renamer().restore(node.getUniqueId()), topLevel,
                    loaders.renamer().restore(node.getDisplayName()), todos, visible));
            return;
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(chapter, plan, child, loaders, tests);
        }
    }
}
