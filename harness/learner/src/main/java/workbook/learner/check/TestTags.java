package workbook.learner.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.testkit.TodoId;

/**
 * The TODO tags of a test, for an outcome that arrives without them: a test during which the
 * test JVM died is reported from outside the JVM, by its unique ID only. The tags are those
 * seen on an earlier outcome of the same test, else those written above the test method in its
 * source. Thread-safe.
 */
final class TestTags {

    private static final Pattern CLASS = Pattern.compile("\\[class:([\\w.$]+)]");
    private static final Pattern METHOD = Pattern.compile("\\[(?:method|test-template|property):([\\w$]+)\\(");
    private static final Pattern TAG = Pattern.compile("@Tag\\(\"(" + TodoId.PATTERN.pattern() + ")\"\\)");

    private final Map<String, List<String>> seen = new ConcurrentHashMap<>();

    /** Remembers the tags an outcome came with. */
    void remember(String uniqueId, List<String> tags) {
        if (!tags.isEmpty()) {
            seen.put(uniqueId, List.copyOf(tags));
        }
    }

    /** The tags of a test that came without any. */
    List<String> of(String uniqueId, Path testSources) {
        List<String> known = seen.get(uniqueId);
        if (known != null) {
            return known;
        }
        Matcher type = CLASS.matcher(uniqueId);
        Matcher method = METHOD.matcher(uniqueId);
        if (!type.find() || !method.find()) {
            return List.of();
        }
        String className = type.group(1);
        int nested = className.indexOf('$');
        Path source = testSources.resolve((nested < 0 ? className : className.substring(0, nested)).replace('.', '/')
                + ".java");
        try {
            return tagsAbove(Files.readString(source, StandardCharsets.UTF_8), method.group(1));
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The @Tag values between the member before the method and the method's name. */
    static List<String> tagsAbove(String source, String methodName) {
        Matcher declaration = Pattern.compile("\\b" + Pattern.quote(methodName) + "\\s*\\(").matcher(source);
        List<String> tags = new ArrayList<>();
        while (declaration.find()) {
            int at = declaration.start();
            int before = Math.max(source.lastIndexOf('}', at), source.lastIndexOf(';', at));
            Matcher tag = TAG.matcher(source.substring(before + 1, at));
            while (tag.find()) {
                tags.add(tag.group(1));
            }
            if (!tags.isEmpty()) {
                return tags;
            }
        }
        return tags;
    }
}
