package workbook.engine.runner;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Finds the processes learner code started and left running (a background {@code sleep}), and
 * stops them: nothing a test starts may outlive it. Thread-safe.
 */
final class ProcessCensus {

    /** How long to wait for killed processes to be gone; a kill takes milliseconds even when busy. */
    private static final long EXIT_WAIT_SECONDS = 5;

    private ProcessCensus() {}

    /**
     * Stops every process this JVM started that still runs, and waits until they are gone, so
     * that none is counted again against the next test (a kill is asynchronous: on a busy
     * machine a process killed after one test could still look alive when the next one ends).
     * Returns what was stopped, in words, one line per command.
     */
    static List<String> stopLeftovers() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        if (left.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> counts = new TreeMap<>();
        left.forEach(process -> counts.merge(describe(process), 1, Integer::sum));
        left.forEach(ProcessHandle::destroyForcibly);
        awaitExit(left);
        return counts.entrySet().stream().map(ProcessCensus::sentence).toList();
    }

    private static void awaitExit(List<ProcessHandle> processes) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the sandbox's PID namespace ends them all with the JVM in any case
        }
    }

    private static String describe(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.command().map(path -> path.substring(path.lastIndexOf('/') + 1)).orElse("a process");
        String arguments = info.arguments().map(args -> " " + String.join(" ", args)).orElse("");
        return command + arguments;
    }

    private static String sentence(Map.Entry<String, Integer> command) {
        int count = command.getValue();
        return count == 1
                ? "started a process that was still running after the test, so it was stopped: '" + command.getKey() + "'"
                : "started " + count + " processes that were still running after the test, so they were stopped: '"
                        + command.getKey() + "'";
    }
}
