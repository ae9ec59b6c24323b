package workbook.engine.jvm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a test JVM: the JVM's limits and settings, and nothing of the run
 * (which arrives over standard input). Stateless.
 */
final class Sandbox {

    private Sandbox() {}

    static List<String> command(TestJvmSettings settings, Path jvmWork, String mainClass) {
        return new ArrayList<>(List.of(
                settings.java().toString(),
                "-Xmx" + settings.heapMegabytes() + "m",
                "-XX:MaxMetaspaceSize=256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "-XX:-UsePerfData",
                "-XX:ActiveProcessorCount=2",
                "-XX:ErrorFile=" + jvmWork.resolve("hs_err.log"),
                "-Djava.io.tmpdir=" + jvmWork,
                "-Duser.home=" + jvmWork,
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Duser.timezone=UTC",
                // Log lines without a timestamp: the same submission gives the same feedback.
                "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%6$s%n",
                "-Djava.awt.headless=true",
                "-cp", settings.classPath(),
                mainClass));
    }
}
