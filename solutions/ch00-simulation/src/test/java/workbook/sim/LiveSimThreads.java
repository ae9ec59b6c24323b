package workbook.sim;

/** Counts the simulation threads still alive, to prove that a run leaves none behind. */
final class LiveSimThreads {

    private LiveSimThreads() {}

    /**
     * Live platform threads named {@code sim-*} (the naming rule of process threads), and the
     * simulation threads started and not yet joined: virtual ones are not listed by the JDK.
     */
    static long count() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("sim-"))
                .count() + SimThreads.unjoined();
    }
}
