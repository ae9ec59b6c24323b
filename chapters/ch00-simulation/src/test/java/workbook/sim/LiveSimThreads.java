package workbook.sim;

/** Counts the process threads still alive, to prove that a run leaves none behind. */
final class LiveSimThreads {

    private LiveSimThreads() {}

    /** Live threads named {@code sim-*}: the naming rule of process threads. */
    static long count() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("sim-"))
                .count();
    }
}
