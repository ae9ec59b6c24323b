package workbook.learner.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {

    @TempDir
    Path dir;

    private final Map<String, byte[]> classes = Map.of("workbook.answers.Answer", new byte[] {1, 2, 3});

    @Test
    void classesAreFoundUnderTheirKeyAlsoByANewProcess() {
        String key = CompileCache.key(List.of("main", "Answer.java", "class Answer {}"));
        new CompileCache(dir).put("ch09-main", key, classes);

        assertThat(new CompileCache(dir).get("ch09-main", key)).hasValueSatisfying(found ->
                assertThat(found.get("workbook.answers.Answer")).containsExactly(1, 2, 3));
    }

    @Test
    void anotherKeyFindsNothingAndAPutReplacesTheOldEntry() {
        CompileCache cache = new CompileCache(dir);
        String first = CompileCache.key(List.of("main", "class Answer {}"));
        String second = CompileCache.key(List.of("main", "class Answer { int x; }"));
        cache.put("ch09-main", first, classes);

        assertThat(cache.get("ch09-main", second)).isEmpty();
        cache.put("ch09-main", second, classes);
        assertThat(new CompileCache(dir).get("ch09-main", first)).isEmpty();
    }

    @Test
    void keysTellTheirPartsApart() {
        assertThat(CompileCache.key(List.of("ab", "c"))).isNotEqualTo(CompileCache.key(List.of("a", "bc")));
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve("ch09-main.bin"), "not a cache");

        assertThat(new CompileCache(dir).get("ch09-main", "any")).isEmpty();
    }
}
