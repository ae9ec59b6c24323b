package workbook.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChapterLoadersTest {

    @TempDir
    Path dir;

    @Test
    void aLibraryWithAnyClassUnderTheWorkbookPackageIsTheWorkbooksOwn() throws IOException {
        assertThat(ChapterLoaders.holdsWorkbookCode(jar("reference.jar", "META-INF/MANIFEST.MF",
                "workbook/trace/TraceId.class"))).isTrue();
        assertThat(ChapterLoaders.holdsWorkbookCode(jar("jackson.jar", "META-INF/MANIFEST.MF",
                "com/fasterxml/jackson/databind/ObjectMapper.class", "workbookish/Name.class"))).isFalse();

        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("workbook/trace"));
        assertThat(ChapterLoaders.holdsWorkbookCode(classes)).isTrue();
        assertThat(ChapterLoaders.holdsWorkbookCode(dir.resolve("missing.jar"))).isFalse();
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(new byte[] {1});
                zip.closeEntry();
            }
        }
        return jar;
    }
}
