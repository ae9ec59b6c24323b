package workbook.engine.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class PackageRenamerTest {

    @Test
    void renamedClassLoadsUnderItsNewName() throws Exception {
        byte[] original = bytesOf(Sample.class);
        PackageRenamer renamer = new PackageRenamer("workbook", "r0123abcd");

        byte[] renamed = renamer.rename(original);
        Class<?> loaded = new ClassLoader(null) {
            Class<?> define() {
                return defineClass(null, renamed, 0, renamed.length);
            }
        }.define();

        assertThat(loaded.getName()).isEqualTo("r0123abcd.engine.runner.PackageRenamerTest$Sample");
        assertThat(renamer.restore(loaded.getName())).isEqualTo(Sample.class.getName());
        assertThat(new String(renamed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("workbook/");
    }

    @Test
    void namesOutsideThePackageAreKept() {
        PackageRenamer renamer = new PackageRenamer("reference", "r9");

        assertThat(renamer.rename("reference.workbook.trace.TraceId")).isEqualTo("r9.workbook.trace.TraceId");
        assertThat(renamer.rename("workbook.trace.TraceId")).isEqualTo("workbook.trace.TraceId");
        assertThat(renamer.restore("expected r9.workbook.trace.Span")).isEqualTo("expected reference.workbook.trace.Span");
    }

    private static byte[] bytesOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                + ".class")) {
            return in.readAllBytes();
        }
    }

    static final class Sample {
        static final String TEXT = "workbook.harness is renamed too";
        long value = 42L;
        double other = 1.5;
    }
}
