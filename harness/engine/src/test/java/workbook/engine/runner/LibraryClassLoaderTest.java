package workbook.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class LibraryClassLoaderTest {

    /** A class whose static state must not cross chapters; defined from bytes like an earlier chapter's reference. */
    public static final class Counter {
        public static int count;
    }

    @Test
    void chaptersShareTheThirdPartyJarsButNotTheWorkbooksOwnLibraries() throws Exception {
        String jar = jarOf(AssertionFailedError.class);
        try (LibraryClassLoader thirdParty = LibraryClassLoader.thirdParty()) {
            thirdParty.addJars(List.of(jar));
            LibraryClassLoader first = chapterLibraries("ch01", thirdParty);
            thirdParty.addJars(List.of(jar, jar));
            LibraryClassLoader second = chapterLibraries("ch02", thirdParty);

            Class<?> fromFirst = first.loadClass(AssertionFailedError.class.getName());
            assertThat(second.loadClass(AssertionFailedError.class.getName()))
                    .as("a third-party class is defined once for both chapters").isSameAs(fromFirst);
            assertThat(fromFirst.getClassLoader()).isSameAs(thirdParty);
            assertThat(fromFirst).as("never the runner's own copy").isNotSameAs(AssertionFailedError.class);

            Class<?> counterOne = first.loadClass(Counter.class.getName());
            Class<?> counterTwo = second.loadClass(Counter.class.getName());
            counterOne.getField("count").setInt(null, 7);
            assertThat(counterTwo).isNotSameAs(counterOne);
            assertThat(counterTwo.getField("count").getInt(null)).as("static state stays in its chapter").isZero();
        }
    }

    private static LibraryClassLoader chapterLibraries(String chapter, LibraryClassLoader thirdParty)
            throws IOException {
        String resource = Counter.class.getName().replace('.', '/') + ".class";
        return new LibraryClassLoader(chapter + "-libraries", thirdParty,
                List.of(ClassRoots.inMemory(chapter + "-libraries", Map.of(resource, bytesOf(resource)))));
    }

    private static byte[] bytesOf(String resource) throws IOException {
        try (InputStream in = LibraryClassLoaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
