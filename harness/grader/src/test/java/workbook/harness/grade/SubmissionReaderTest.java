package workbook.harness.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionReaderTest {

    @TempDir
    Path dir;

    @Test
    void kitFolderAndOneWrappingFolderAreFound() throws Exception {
        Files.createDirectories(dir.resolve("alice/chapters/ch01-data-types"));
        Files.createDirectories(dir.resolve("bob/workbook/chapters/ch01-data-types"));

        assertThat(open("alice").kitRoot()).isEqualTo(dir.resolve("alice"));
        assertThat(open("bob").kitRoot()).isEqualTo(dir.resolve("bob/workbook"));
    }

    @Test
    void malformedSubmissionsGetAClearProblem() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("other/src"));
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});

        assertThat(open("empty").problem()).startsWith("is an empty folder");
        assertThat(open("other").problem()).startsWith("has no chapters/ folder");
        assertThat(open("notes.txt").problem()).startsWith("is a file, not a folder or a .zip");
        assertThat(open("broken.zip").problem()).startsWith("is not a readable zip file");
    }

    @Test
    void zipsAreUnpackedButNeverOutsideTheirFolder() throws Exception {
        zip("good.zip", "chapters/ch01-data-types/src/main/java/A.java");
        zip("evil.zip", "../../escaped.java");

        assertThat(open("good.zip").kitRoot()).isNotNull();
        assertThat(open("evil.zip").problem()).contains("unsafe path");
        assertThat(dir.getParent().resolve("escaped.java")).doesNotExist();
    }

    @Test
    void declaredPackageIgnoresCommentsAndBlanks() {
        assertThat(ChapterCompiler.declaredPackage("/* header */\n// note\n  package workbook.trace ;\nclass A {}"))
                .isEqualTo("workbook.trace");
        assertThat(ChapterCompiler.declaredPackage("import java.util.List;\nclass A {}")).isNull();
    }

    private SubmissionReader.Opened open(String name) throws Exception {
        Path scratch = Files.createTempDirectory(dir, "scratch");
        return SubmissionReader.open(Submission.of(dir.resolve(name)), scratch);
    }

    private void zip(String name, String entry) throws Exception {
        try (OutputStream file = Files.newOutputStream(dir.resolve(name)); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("package x;".getBytes());
            zip.closeEntry();
        }
    }
}
