package workbook.engine.runner;

import java.util.Optional;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Which nodes of a test plan earn points: the topmost node whose source is a method. That is
 * a plain test or a jqwik property, or a parameterized test, repeated test or test factory
 * whose invocations appear only while it runs; the grader's inventory (made by discovery,
 * before anything runs) and the runner's report agree on this unit. Stateless.
 */
public final class ScoredTests {

    private ScoredTests() {}

    public static boolean isScored(TestIdentifier test, TestPlan plan) {
        if (!(test.getSource().orElse(null) instanceof MethodSource)) {
            return false;
        }
        Optional<TestIdentifier> parent = plan.getParent(test);
        while (parent.isPresent()) {
            if (parent.get().getSource().orElse(null) instanceof MethodSource) {
                return false;
            }
            parent = plan.getParent(parent.get());
        }
        return true;
    }
}
