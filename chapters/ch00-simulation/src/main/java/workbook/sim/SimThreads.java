package workbook.sim;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the threads a simulation runs on: virtual threads on Java 24 or newer, platform
 * threads before.
 *
 * <p>Why virtual threads: a run starts a thread per process and passes the baton at every
 * event. A virtual thread starts and takes the baton in a few microseconds, a platform thread
 * in hundreds and tens (each hand-over wakes an operating-system thread). A test that
 * simulates a thousand requests feels it. Nothing else changes: each process still has its
 * own thread, its own {@link ThreadLocal}s and its creator's {@link InheritableThreadLocal}s.
 *
 * <p>Why not before Java 24: until then a virtual thread that blocks while it holds a
 * monitor ({@code synchronized}) keeps its carrier thread, and a process that waits for the
 * baton inside a {@code synchronized} block could then leave none for the others.
 *
 * <p>The workbook is compiled for Java 17, which has no virtual threads, so they are made
 * through {@code Thread.ofVirtual()} looked up at run time.
 *
 * <p>Thread safety: safe from any thread.
 */
final class SimThreads {

    /** The Java version from which processes run on virtual threads. */
    static final int VIRTUAL_FROM = 24;

    /** How to make a virtual thread, or null before {@link #VIRTUAL_FROM}. */
    private static final VirtualBuilder VIRTUAL = VirtualBuilder.lookUp();

    /** Threads started and not yet joined: a run leaves this where it found it. */
    private static final AtomicInteger UNJOINED = new AtomicInteger();

    private SimThreads() {}

    /** True when processes run on virtual threads. */
    static boolean virtual() {
        return VIRTUAL != null;
    }

    /**
     * An unstarted daemon thread for a simulation, named {@code name}. Created on the caller's
     * thread, it inherits the caller's {@link InheritableThreadLocal} values.
     */
    static Thread newThread(String name, Runnable body) {
        if (VIRTUAL == null) {
            Thread thread = new Thread(body, name);
            thread.setDaemon(true);
            return thread;
        }
        try {
            return VIRTUAL.unstarted(name, body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the virtual thread " + name + ": " + e, e);
        }
    }

    /** Starts a thread made by {@link #newThread}; {@link #join} must follow. */
    static void start(Thread thread) {
        thread.start();
        UNJOINED.incrementAndGet();
    }

    /** Waits until a started thread has ended, ignoring interrupts but keeping the interrupt status. */
    static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        UNJOINED.decrementAndGet();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Simulation threads started and not yet waited for, in this JVM: virtual threads are not
     * in {@link Thread#getAllStackTraces()}, so this is how a test proves that none is left.
     */
    static int unjoined() {
        return UNJOINED.get();
    }

    /** {@code Thread.ofVirtual()}, {@code Thread.Builder.name} and {@code Thread.Builder.unstarted}. */
    private record VirtualBuilder(Method ofVirtual, Method name, Method unstarted) {

        Thread unstarted(String threadName, Runnable body) throws ReflectiveOperationException {
            Object builder = name.invoke(ofVirtual.invoke(null), threadName);
            return (Thread) unstarted.invoke(builder, body);
        }

        static VirtualBuilder lookUp() {
            if (Runtime.version().feature() < VIRTUAL_FROM) {
                return null;
            }
            try {
                Class<?> builder = Class.forName("java.lang.Thread$Builder");
                return new VirtualBuilder(Thread.class.getMethod("ofVirtual"), builder.getMethod("name", String.class),
                        builder.getMethod("unstarted", Runnable.class));
            } catch (ReflectiveOperationException e) {
                return null; // no virtual threads after all: platform threads work everywhere
            }
        }
    }
}
