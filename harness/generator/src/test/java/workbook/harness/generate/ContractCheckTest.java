package workbook.harness.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCheckTest {

    @TempDir
    Path root;

    private Workbook workbook;

    @BeforeEach
    void aWorkbookWithOneChapter() throws IOException {
        write("solutions/pom.xml", "<modules>\n<module>ch09-demo</module>\n</modules>\n");
        write("chapters/pom.xml", "<modules>\n<module>ch09-demo</module>\n</modules>\n");
        write("solutions/ch09-demo/pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project>
                  <parent>
                    <artifactId>workbook-solutions</artifactId>
                  </parent>
                  <artifactId>ch09-demo-reference</artifactId>
                  <name>ch09 demo (reference)</name>
                </project>
                """);
        write("solutions/ch09-demo/chapter.json", """
                {"id": "ch09", "title": "Demo", "javaPackage": "workbook.demo", "doc": "docs/ch09-demo.md",
                 "todos": [{"id": "ch09.1", "title": "Answer", "points": 1, "hints": ["Think."]}]}
                """);
        write("solutions/ch09-demo/src/main/java/workbook/demo/Answer.java", """
                package workbook.demo;
                class Answer {
                    int get() {
                        // BEGIN SOLUTION ch09.1
                        return 42;
                        // END SOLUTION
                    }
                }
                """);
        write("solutions/ch09-demo/src/test/java/workbook/demo/AnswerTest.java", "@Tag(\"ch09.1\") class AnswerTest {}\n");
        write("solutions/ch09-demo/src/hidden/java/workbook/demo/AnswerHiddenTest.java", "@Tag(\"ch09.1\") class H {}\n");
        workbook = Workbook.at(root);
        GenerateCommand.write(workbook, workbook.chapter("ch09"));
    }

    @Test
    void freshlyGeneratedWorkbookKeepsTheContract() {
        assertThat(ContractCheck.problems(workbook)).isEmpty();
        assertThat(root.resolve("chapters/ch09-demo/src/test/java/workbook/demo/AnswerTest.java")).exists();
        assertThat(root.resolve("chapters/ch09-demo/src/hidden")).doesNotExist();
        assertThat(ContractCheck.learnerOwnedFiles(workbook.chapter("ch09")))
                .containsExactly("src/main/java/workbook/demo/Answer.java");
    }

    @Test
    void handEditInChaptersIsReportedWithTheRegenerateCommand() throws IOException {
        Path skeleton = root.resolve("chapters/ch09-demo/src/main/java/workbook/demo/Answer.java");
        Files.writeString(skeleton, Files.readString(skeleton).replace("throw new", "// throw new"));

        assertThat(ContractCheck.problems(workbook)).singleElement().asString()
                .contains("Answer.java: differs from what solutions/ generates")
                .contains("exec:java@generate");
    }

    @Test
    void strayAndMissingFilesAreReported() throws IOException {
        write("chapters/ch09-demo/src/main/java/workbook/demo/Extra.java", "class Extra {}");
        Files.delete(root.resolve("chapters/ch09-demo/pom.xml"));

        assertThat(ContractCheck.problems(workbook))
                .anySatisfy(p -> assertThat(p).contains("Extra.java: not made by generation"))
                .anySatisfy(p -> assertThat(p).contains("pom.xml: missing"));
    }

    @Test
    void buildOutputIsNotPartOfTheContract() throws IOException {
        write("chapters/ch09-demo/target/classes/workbook/demo/Answer.class", "bytes");

        assertThat(ContractCheck.problems(workbook)).isEmpty();
    }

    @Test
    void todoWithoutHintTestsOrRegionIsReported() throws IOException {
        write("solutions/ch09-demo/chapter.json", """
                {"id": "ch09", "title": "Demo", "javaPackage": "workbook.demo", "doc": "docs/ch09-demo.md",
                 "todos": [{"id": "ch09.1", "title": "Answer", "points": 1, "hints": ["Think."]},
                           {"id": "ch09.2", "title": "Other", "points": 0, "hints": []}]}
                """);

        assertThat(ContractCheck.problems(workbook)).contains(
                "ch09-demo/chapter.json: TODO ch09.2: no '// BEGIN SOLUTION ch09.2' region in src/main/java",
                "ch09-demo/chapter.json: TODO ch09.2: needs at least one hint",
                "ch09-demo/chapter.json: TODO ch09.2: points must be positive, got 0",
                "ch09-demo/chapter.json: TODO ch09.2: no visible test tagged @Tag(\"ch09.2\") in src/test/java",
                "ch09-demo/chapter.json: TODO ch09.2: no hidden test tagged @Tag(\"ch09.2\") in src/hidden/java");
    }

    @Test
    void chapterMissingFromModulesIsReported() throws IOException {
        write("chapters/pom.xml", "<modules>\n</modules>\n");

        assertThat(ContractCheck.problems(workbook))
                .contains("chapters/pom.xml: <modules> lists [] but the chapters are [ch09-demo]");
    }

    @Test
    void generatedPomPointsAtTheChaptersParent() throws IOException {
        String pom = Files.readString(root.resolve("chapters/ch09-demo/pom.xml"));

        assertThat(pom).contains("<artifactId>workbook-chapters</artifactId>", "<artifactId>ch09-demo</artifactId>",
                "<name>ch09 Demo (exercises)</name>", "Do not edit").doesNotContain("reference");
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
