package workbook.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The workbook's test settings (jqwik's database, seeds and reporting; test order; failure
 * messages), kept once in the test kit's {@value #RESOURCE}. The JUnit Platform reads that
 * resource by itself under Surefire, in IDEs and under PIT; a launcher whose class loader does
 * not see it (the grader) reads it here. Stateless.
 */
public final class TestSettings {

    /** The class-path resource holding the settings. */
    public static final String RESOURCE = "junit-platform.properties";

    private TestSettings() {}

    /** Every setting, as JUnit Platform configuration parameters, sorted by key. */
    public static Map<String, String> load() {
        Properties properties = new Properties();
        try (InputStream in = TestSettings.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test kit jar: rebuild harness/testkit");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test kit's " + RESOURCE + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new TreeMap<>();
        properties.forEach((key, value) -> settings.put((String) key, (String) value));
        return settings;
    }
}
