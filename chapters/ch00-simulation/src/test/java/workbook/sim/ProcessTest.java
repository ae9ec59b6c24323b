package workbook.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Processes: how they start, spawn others, and run on threads of their own. */
class ProcessTest {

    /** The seed's style: {@code class Client(Process)} with {@code run}, {@code timeout}, {@code now}. */
    private static final class Pinger extends Process {
        private final List<String> log;

        Pinger(Environment env, List<String> log) {
            super(env, "pinger");
            this.log = log;
        }

        @Override
        protected void run() {
            for (int i = 0; i < 3; i++) {
                log.add(env().currentProcessName().orElseThrow() + " pings at " + now());
                timeout(0.5);
            }
        }
    }

    @Test
    void subclassedProcessRunsLikeTheSeedsProcesses() {
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        Process pinger = new Pinger(env, log);

        env.run();

        assertThat(log).containsExactly("pinger pings at 0.0", "pinger pings at 0.5", "pinger pings at 1.0");
        assertThat(pinger.isAlive()).isFalse();
    }

    @Test
    void processCreatedDuringTheRunStartsAtTheCurrentTime() {
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        env.process("parent", () -> {
            env.timeout(1);
            env.process("child", () -> {
                log.add("child starts at " + env.now());
                env.timeout(2);
                log.add("child ends at " + env.now());
            });
            log.add("parent goes on at " + env.now());
        });

        env.run();

        assertThat(log).containsExactly("parent goes on at 1.0", "child starts at 1.0", "child ends at 3.0");
    }

    @Test
    void processIsAliveUntilItsBodyReturns() {
        Environment env = new Environment(1);
        Process worker = env.process("worker", () -> env.timeout(1));
        List<Boolean> aliveDuringRun = new ArrayList<>();
        env.process("observer", () -> {
            env.timeout(0.5);
            aliveDuringRun.add(worker.isAlive());
        });

        assertThat(worker.isAlive()).isTrue();
        env.run();

        assertThat(aliveDuringRun).containsExactly(true);
        assertThat(worker.isAlive()).isFalse();
    }

    @Test
    void eachProcessRunsOnItsOwnDaemonThreadNamedAfterIt() {
        Environment env = new Environment(1);
        List<String> threads = new ArrayList<>();
        for (String name : List.of("client", "service")) {
            env.process(name, () -> {
                Thread thread = Thread.currentThread();
                threads.add(thread.getName() + (thread.isDaemon() ? " (daemon)" : ""));
            });
        }

        env.run();

        assertThat(threads).containsExactly("sim-client (daemon)", "sim-service (daemon)");
    }

    @Test
    void processesRunOnVirtualThreadsFromJava24() {
        Environment env = new Environment(1);
        List<Boolean> virtual = new ArrayList<>();
        env.process("client", () -> virtual.add(isVirtual(Thread.currentThread())));

        env.run();

        assertThat(virtual).containsExactly(Runtime.version().feature() >= 24);
    }

    /** {@code Thread.isVirtual()}, which Java 17 does not have. */
    private static boolean isVirtual(Thread thread) {
        try {
            return (Boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void threadLocalIsPerProcess() {
        ThreadLocal<String> currentRequest = new ThreadLocal<>();
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            env.process(name, () -> {
                currentRequest.set("request of " + name);
                env.timeout(1); // the other process runs and sets its own value meanwhile
                log.add(name + " sees " + currentRequest.get());
            });
        }

        env.run();

        assertThat(log).containsExactly("a sees request of a", "b sees request of b");
        assertThat(currentRequest.get()).isNull();
    }

    @Test
    void processInheritsTheInheritableThreadLocalsOfItsCreator() {
        InheritableThreadLocal<String> tenant = new InheritableThreadLocal<>();
        Environment env = new Environment(1);
        List<String> log = new ArrayList<>();
        env.process("parent", () -> {
            tenant.set("acme");
            env.process("child", () -> log.add("child sees " + tenant.get()));
        });

        env.run();

        assertThat(log).containsExactly("child sees acme");
    }

    @Test
    void toStringNamesTheProcessAndWhetherItIsAlive() {
        Environment env = new Environment(1);
        Process client = env.process("client", () -> { });

        assertThat(client).hasToString("Process[client, alive]");
        env.run();
        assertThat(client).hasToString("Process[client, ended]");
    }
}
