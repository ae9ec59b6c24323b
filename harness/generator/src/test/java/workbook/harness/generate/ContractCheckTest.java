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
        write("pom.xml", "<modules/>\n<dependency><artifactId>ch09-demo-reference</artifactId></dependency>\n");
        write("README.md", "| ch09 demo | nothing | [docs/ch09-demo.md](docs/ch09-demo.md) |\n\n"
                + "./mvnw -q install -DskipTests && ./mvnw -q -f chapters/ch09-demo test exec:java\n");
        write("docs/ch09-demo.md", """
                # Chapter 09: Demo

                <a id="ch091"></a>
                ### ch09.1 Answer

                The answer is a number.

                ## Running it

                <!-- commands: generated, do not edit -->
                <!-- end of commands -->
                """);
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
                  <properties>
                    <chapter.package>workbook.demo</chapter.package>
                  </properties>
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
        write("solutions/ch09-demo/src/test/java/workbook/demo/AnswerTest.java", """
                class AnswerTest {
                    @Test
                    @Tag("ch09.1")
                    @DisplayName("ch09.1 the answer is 42")
                    void answerIs42() {}
                }
                """);
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

    @Test
    void docGetsTheManifestsHintsAndTheLearnersCommands() throws IOException {
        String doc = Files.readString(root.resolve("docs/ch09-demo.md"));

        assertThat(doc).contains("<!-- hints ch09.1: generated from the chapter's manifest, do not edit -->\n"
                        + "<details><summary>Hint 1</summary>Think.</details>\n<!-- end of hints ch09.1 -->")
                .contains(LearnerCommands.setup(workbook.chapters()), "cd chapters/ch09-demo", LearnerCommands.TEST)
                .doesNotContain(LearnerCommands.DEMO);
    }

    @Test
    void handEditedHintAndMissingSectionAreReported() throws IOException {
        Path doc = root.resolve("docs/ch09-demo.md");
        Files.writeString(doc, Files.readString(doc).replace("Think.", "Think hard.").replace("<a id=\"ch091\"></a>\n", ""));

        assertThat(ContractCheck.problems(workbook))
                .anySatisfy(p -> assertThat(p).startsWith("docs/ch09-demo.md: TODO ch09.1 needs its section"))
                .anySatisfy(p -> assertThat(p).startsWith("docs/ch09-demo.md: its generated hints or commands differ"));
    }

    @Test
    void testWithoutDescriptionIsReported() throws IOException {
        write("solutions/ch09-demo/src/test/java/workbook/demo/MoreTest.java", """
                class MoreTest {
                    @Test
                    @Tag("ch09.1")
                    void answerIsPositive() {}
                }
                """);

        assertThat(ContractCheck.problems(workbook)).anySatisfy(p -> assertThat(p).isEqualTo(
                "solutions/ch09-demo/src/test/java/workbook/demo/MoreTest.java: test answerIsPositive needs a"
                        + " description that starts with its TODO: @DisplayName(\"ch09.1 <the behaviour it checks>\")"));
    }

    @Test
    void chapterPackageReadmeRowAndManagedReferenceAreChecked() throws IOException {
        Path pom = root.resolve("solutions/ch09-demo/pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("workbook.demo", "workbook.other"));
        write("README.md", "no table\n");
        write("pom.xml", "<modules/>\n");

        assertThat(ContractCheck.problems(workbook))
                .anySatisfy(p -> assertThat(p).startsWith("solutions/ch09-demo/pom.xml: needs <chapter.package>workbook.demo"))
                .anySatisfy(p -> assertThat(p).startsWith("README.md: the chapter table needs a row '| ch09 "))
                .anySatisfy(p -> assertThat(p).startsWith("README.md: the learners' section needs the setup command"))
                .anySatisfy(p -> assertThat(p).startsWith("pom.xml: <dependencyManagement> needs ch09-demo-reference"));
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
