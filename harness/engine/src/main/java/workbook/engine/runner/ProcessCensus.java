package workbook.engine.runner;

import java.util.List;

/**
 * Finds the processes learner code started and left running (a background {@code sleep}), and
 * stops them: nothing a test starts may outlive it. Thread-safe.
 */
final class ProcessCensus {

    private ProcessCensus() {}

    /** Stops every process this JVM started that still runs; returns what was stopped, in words. */
    static List<String> stopLeftovers() {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        List<String> stopped = left.stream().map(ProcessCensus::describe).sorted().toList();
        left.forEach(ProcessHandle::destroyForcibly);
        return stopped;
    }

    private static String describe(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        String command = info.command().map(path -> path.substring(path.lastIndexOf('/') + 1)).orElse("a process");
        String arguments = info.arguments().map(args -> " " + String.join(" ", args)).orElse("");
        return "started a process that was still running after the test, so it was stopped: '" + command + arguments
                + "'";
    }
}
