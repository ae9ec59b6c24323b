package workbook.engine.runner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Finds threads the learner's code started and left running. A thread counts as the
 * learner's when its class or a frame of its stack belongs to a learner class; idle pool
 * threads of a forgotten executor show only JDK frames and are not counted (documented
 * limit). A thread that ends within a short grace period is not counted either, so a
 * thread finishing its last step does not make results vary. Thread-safe.
 */
final class ThreadCensus {

    private static final long GRACE_MILLIS = 300;

    private ThreadCensus() {}

    static Set<Thread> live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count;
        while ((count = root.enumerate(threads, true)) == threads.length) {
            threads = new Thread[threads.length * 2];
        }
        return new HashSet<>(Arrays.asList(threads).subList(0, count));
    }

    /**
     * The learner's threads alive now that were not in {@code before}, after the grace period.
     * A thread started just before the test ended may not have run its task yet, so its stack
     * shows no learner frame: such a thread is waited for and judged after the grace period.
     * A thread already running code that is not the learner's is passed over at once.
     */
    static List<Thread> strays(Set<Thread> before, Set<String> learnerClasses) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        List<Thread> strays = new ArrayList<>();
        for (Thread thread : live()) {
            if (before.contains(thread) || !thread.isAlive()
                    || (isRunningItsTask(thread) && !isLearners(thread, learnerClasses))) {
                continue;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                thread.join(Math.max(1, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive() && isLearners(thread, learnerClasses)) {
                strays.add(thread);
            }
        }
        return strays;
    }

    /** True once a thread's stack holds a frame beyond {@code Thread} itself. */
    private static boolean isRunningItsTask(Thread thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> !frame.getClassName().equals(Thread.class.getName()));
    }

    static boolean isLearners(Thread thread, Set<String> learnerClasses) {
        if (learnerClasses.contains(thread.getClass().getName())) {
            return true;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (learnerClasses.contains(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }

    static String describe(List<Thread> threads, Set<String> learnerClasses) {
        StringBuilder text = new StringBuilder();
        for (Thread thread : threads) {
            text.append("left a thread running after the test: '").append(thread.getName()).append("' (")
                    .append(thread.getState()).append(')');
            Arrays.stream(thread.getStackTrace())
                    .filter(frame -> learnerClasses.contains(frame.getClassName()))
                    .findFirst()
                    .ifPresent(frame -> text.append(" at ").append(Failures.frame(frame)));
            text.append('\n');
        }
        return text.toString().strip();
    }
}
