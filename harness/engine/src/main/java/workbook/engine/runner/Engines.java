package workbook.engine.runner;

import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The launcher every chapter's tests run on: exactly the Jupiter and jqwik engines, taken
 * from the runner's own class loader rather than found through the context class loader
 * (which, while a chapter runs, is the chapter's), and no listener, filter or interceptor
 * registered by a jar. Stateless.
 */
public final class Engines {

    static final String[] ENGINES = {"org.junit.jupiter.engine.JupiterTestEngine", "net.jqwik.engine.JqwikTestEngine"};

    private Engines() {}

    public static Launcher launcher() {
        LauncherConfig.Builder config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false);
        for (String engine : ENGINES) {
            try {
                config.addTestEngines((TestEngine) Class.forName(engine, true, Engines.class.getClassLoader())
                        .getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the harness is missing the test engine " + engine, e);
            }
        }
        return LauncherFactory.create(config.build());
    }
}
