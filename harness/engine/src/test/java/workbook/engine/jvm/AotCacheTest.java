package workbook.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;

    @Test
    void onlyAJdkFromJava25OnHasACache() throws IOException {
        Path jar = Files.writeString(dir.resolve("harness.jar"), "jar");

        assertThat(AotCache.in(dir.resolve("aot"), jdk("jdk17", "17.0.15"), jar.toString())).isEmpty();
        assertThat(AotCache.in(dir.resolve("aot"), jdk("jdk21", "21.0.5"), jar.toString())).isEmpty();
        Optional<AotCache> cache = AotCache.in(dir.resolve("aot"), jdk("jdk25", "25.0.3"), jar.toString());
        assertThat(cache).get().satisfies(found -> {
            assertThat(found.writing()).isFalse();
            assertThat(found.file().getParent()).isEqualTo(dir.resolve("aot"));
            assertThat(found.options()).containsExactly("-XX:AOTCache=" + found.file());
            assertThat(AotCache.writingTo(dir.resolve("t.aot")).options()).containsExactly("-XX:AOTCacheOutput=" + dir.resolve("t.aot"));
        });
    }

    @Test
    void aWrapperScriptOrAnUnreadableReleaseHasNone() throws IOException {
        Path script = Files.createDirectories(dir.resolve("wrap/bin")).resolve("java");
        Files.writeString(script, "#!/bin/sh\n");
        Path broken = jdk("broken", "not a version");

        assertThat(AotCache.in(dir, script, "harness.jar")).isEmpty();
        assertThat(AotCache.in(dir, broken, "harness.jar")).isEmpty();
    }

    @Test
    void anotherHarnessBuildOrJdkGetsAnotherCache() throws IOException {
        Path jar = Files.writeString(dir.resolve("harness.jar"), "jar");
        Path java = jdk("jdk25", "25.0.3");
        Path first = AotCache.in(dir, java, jar.toString()).orElseThrow().file();

        assertThat(AotCache.in(dir, java, jar.toString()).orElseThrow().file()).isEqualTo(first);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(AotCache.in(dir, java, jar.toString()).orElseThrow().file()).isNotEqualTo(first);
        assertThat(AotCache.in(dir, jdk("other25", "25.0.4"), jar.toString()).orElseThrow().file()).isNotEqualTo(first);
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return java;
    }
}
