package workbook.harness.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.testkit.TodoId;

/**
 * The static half of the build's contract (the grader's {@code validate} runs the tests):
 * every TODO is a marked region, has a hint, a section in its chapter doc and is tested by at
 * least one visible and one hidden test; every visible test names its TODO; every region
 * belongs to a TODO; the chapter modules, the root pom and the README list every chapter;
 * {@code chapters/} is byte for byte what {@link SkeletonGenerator} makes; and the docs'
 * generated blocks are what {@link ChapterDoc} makes.
 */
public final class ContractCheck {

    private static final Pattern TAG = Pattern.compile("@Tag\\(\"(" + TodoId.PATTERN.pattern() + ")\"\\)");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private ContractCheck() {}

    /** Every problem found, each naming the file and the fix; empty when all is well. */
    public static List<String> problems(Workbook workbook) {
        return problems(workbook, workbook.chapters());
    }

    /**
     * The problems of the {@code selected} chapters only, so an author working on one chapter
     * is not shown another's work in progress; the workbook-wide checks (module lists, stray
     * chapters) run when every chapter is selected.
     */
    public static List<String> problems(Workbook workbook, List<Chapter> selected) {
        List<String> problems = new ArrayList<>();
        List<Chapter> chapters = workbook.chapters();
        for (Chapter chapter : selected) {
            try {
                checkTodos(chapter, problems);
                checkInSync(chapter, problems);
                checkDoc(workbook, chapter, problems);
            } catch (RuntimeException e) {
                problems.add(chapter.slug() + ": " + e.getMessage());
            }
        }
        if (selected.size() == chapters.size()) {
            checkModules(workbook, chapters, "solutions", problems);
            checkModules(workbook, chapters, "chapters", problems);
            checkNoStrayChapters(workbook, chapters, problems);
            checkRootFiles(workbook, chapters, problems);
        }
        return problems;
    }

    /** What a learner must edit in a chapter: the main sources that hold a TODO. */
    public static Set<String> learnerOwnedFiles(Chapter chapter) {
        Set<String> owned = new TreeSet<>();
        for (Path file : SkeletonGenerator.filesUnder(chapter.mainSources())) {
            if (file.toString().endsWith(".java")
                    && !SolutionRegions.find(file.toString(), SkeletonGenerator.read(file)).isEmpty()) {
                owned.add(SkeletonGenerator.relative(chapter.solutionDir(), file));
            }
        }
        return owned;
    }

    private static void checkTodos(Chapter chapter, List<String> problems) {
        Set<String> regionIds = new LinkedHashSet<>();
        for (Path file : SkeletonGenerator.filesUnder(chapter.mainSources())) {
            String relative = SkeletonGenerator.relative(chapter.solutionDir(), file);
            if (!file.toString().endsWith(".java")) {
                continue;
            }
            String source = SkeletonGenerator.read(file);
            String expectedDir = chapter.manifest().javaPackage().replace('.', '/');
            if (!relative.startsWith("src/main/java/" + expectedDir + "/")) {
                problems.add(chapter.slug() + "/" + relative + ": outside the chapter's package "
                        + chapter.manifest().javaPackage() + " (chapter.json javaPackage)");
            }
            SolutionRegions.find(chapter.slug() + "/" + relative, source)
                    .forEach(region -> regionIds.add(region.todoId()));
        }
        Set<String> visibleTags = tags(chapter.visibleTests());
        Set<String> hiddenTags = tags(chapter.hiddenTests());
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            String where = chapter.slug() + "/chapter.json: TODO " + todo.id();
            if (TodoId.tryParse(todo.id()).isEmpty()) {
                problems.add(where + ": not a TODO ID; expected " + chapter.id() + ".<number>, e.g. " + chapter.id() + ".1");
            } else if (!todo.id().startsWith(chapter.id() + ".")) {
                problems.add(where + ": IDs of this chapter start with '" + chapter.id() + ".'");
            }
            if (!regionIds.contains(todo.id())) {
                problems.add(where + ": no '// BEGIN SOLUTION " + todo.id() + "' region in src/main/java");
            }
            if (todo.hints().isEmpty()) {
                problems.add(where + ": needs at least one hint");
            }
            if (todo.points() <= 0) {
                problems.add(where + ": points must be positive, got " + todo.points());
            }
            if (!visibleTags.contains(todo.id())) {
                problems.add(where + ": no visible test tagged @Tag(\"" + todo.id() + "\") in src/test/java");
            }
            if (!hiddenTags.contains(todo.id())) {
                problems.add(where + ": no hidden test tagged @Tag(\"" + todo.id() + "\") in src/hidden/java");
            }
        }
        if (!chapter.manifest().todos().isEmpty()) {
            checkTestDescriptions(chapter, problems);
        }
        checkChapterPackage(chapter, problems);
        for (String id : regionIds) {
            if (chapter.manifest().todo(id).isEmpty()) {
                problems.add(chapter.slug() + ": region '" + id + "' has no TODO in chapter.json");
            }
        }
    }

    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|Property|Example)\\b");
    private static final Pattern METHOD = Pattern.compile("^\\s*(?:[\\w<>\\[\\],?]+\\s+)+(\\w+)\\s*\\(");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "@(?:DisplayName\\(|ParameterizedTest\\(\\s*name\\s*=\\s*)\"(" + TodoId.PATTERN.pattern() + ") ");

    /**
     * Every visible test of a chapter with TODOs is tagged with its TODO and described by a
     * display name that starts with the same ID, so its failure names the TODO and the behaviour.
     */
    private static void checkTestDescriptions(Chapter chapter, List<String> problems) {
        for (Path file : SkeletonGenerator.filesUnder(chapter.visibleTests())) {
            if (!file.toString().endsWith(".java")) {
                continue;
            }
            List<String> lines = SkeletonGenerator.read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (!TEST_ANNOTATION.matcher(lines.get(i)).find()) {
                    continue;
                }
                int start = i;
                while (start > 0 && lines.get(start - 1).strip().startsWith("@")) {
                    start--;
                }
                int end = i;
                Matcher method = METHOD.matcher("");
                while (end < lines.size() && !(method = METHOD.matcher(lines.get(end))).find()) {
                    end++;
                }
                String block = String.join("\n", lines.subList(start, Math.min(end + 1, lines.size())));
                String name = end < lines.size() ? method.group(1) : "at line " + (i + 1);
                Matcher tag = TAG.matcher(block);
                Matcher description = DESCRIPTION.matcher(block);
                String where = "solutions/" + chapter.slug() + "/" + SkeletonGenerator.relative(chapter.solutionDir(), file)
                        + ": test " + name;
                if (!tag.find()) {
                    problems.add(where + " needs the tag of the TODO it checks, @Tag(\"" + chapter.id() + ".N\")");
                } else if (!description.find() || !description.group(1).equals(tag.group(1))) {
                    problems.add(where + " needs a description that starts with its TODO: @DisplayName(\""
                            + tag.group(1) + " <the behaviour it checks>\")");
                }
                i = end;
            }
        }
    }

    /** The pom's {@code <chapter.package>} (used to relocate the reference) is the manifest's javaPackage. */
    private static void checkChapterPackage(Chapter chapter, List<String> problems) {
        Matcher property = Pattern.compile("<chapter\\.package>([^<]*)</chapter\\.package>")
                .matcher(SkeletonGenerator.read(chapter.solutionDir().resolve("pom.xml")));
        String expected = chapter.manifest().javaPackage();
        if (!property.find() || !property.group(1).strip().equals(expected)) {
            problems.add("solutions/" + chapter.slug() + "/pom.xml: needs <chapter.package>" + expected
                    + "</chapter.package>, the javaPackage of its chapter.json");
        }
    }

    /**
     * The root pom manages every chapter's reference artifact; the README lists every chapter
     * and gives the learner's setup command exactly as the docs and the kit README do.
     */
    private static void checkRootFiles(Workbook workbook, List<Chapter> chapters, List<String> problems) {
        String pom = SkeletonGenerator.read(workbook.root().resolve("pom.xml"));
        Path readmeFile = workbook.root().resolve("README.md");
        String readme = Files.isRegularFile(readmeFile) ? SkeletonGenerator.read(readmeFile) : "";
        String setup = chapters.isEmpty() ? null : LearnerCommands.setup(chapters);
        if (setup != null && readme.lines().noneMatch(setup::equals)) {
            problems.add("README.md: the learners' section needs the setup command on a line of its own: " + setup);
        }
        for (Chapter chapter : chapters) {
            if (!pom.contains("<artifactId>" + chapter.referenceArtifactId() + "</artifactId>")) {
                problems.add("pom.xml: <dependencyManagement> needs " + chapter.referenceArtifactId()
                        + " (groupId ${project.groupId}, version ${project.version}), which later chapters build on");
            }
            String doc = chapter.manifest().doc();
            boolean listed = readme.lines().anyMatch(line -> line.startsWith("| " + chapter.id() + " ")
                    && line.contains("](" + doc + ")"));
            if (!listed) {
                problems.add("README.md: the chapter table needs a row '| " + chapter.id() + " ... | [" + doc + "]("
                        + doc + ") |'");
            }
        }
    }

    private static void checkInSync(Chapter chapter, List<String> problems) {
        SortedMap<String, byte[]> expected = SkeletonGenerator.generate(chapter);
        Path dir = chapter.skeletonDir();
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            Path actual = dir.resolve(file.getKey());
            if (!Files.exists(actual)) {
                problems.add("chapters/" + chapter.slug() + "/" + file.getKey() + ": missing" + REGENERATE);
            } else if (!SkeletonGenerator.sameContent(actual, file.getValue())) {
                problems.add("chapters/" + chapter.slug() + "/" + file.getKey()
                        + ": differs from what solutions/ generates (edit solutions/, not chapters/)" + REGENERATE);
            }
        }
        for (Path file : generatedArea(dir)) {
            String relative = SkeletonGenerator.relative(dir, file);
            if (!expected.containsKey(relative)) {
                problems.add("chapters/" + chapter.slug() + "/" + relative + ": not made by generation" + REGENERATE);
            }
        }
    }

    private static void checkDoc(Workbook workbook, Chapter chapter, List<String> problems) {
        Path doc = workbook.root().resolve(chapter.manifest().doc());
        if (!Files.isRegularFile(doc)) {
            problems.add(chapter.manifest().doc() + ": missing; every chapter has a doc (chapter.json 'doc')");
            return;
        }
        String text = SkeletonGenerator.read(doc);
        problems.addAll(ChapterDoc.problems(chapter, text));
        if (!ChapterDoc.render(chapter, text, LearnerCommands.setup(workbook.chapters()), hasDemo(chapter)).equals(text)) {
            problems.add(chapter.manifest().doc() + ": its generated hints or commands differ from chapter.json"
                    + " (edit the manifest, not the doc)" + REGENERATE);
        }
    }

    /** A chapter has a demo when its pom names a main class for exec:java. */
    static boolean hasDemo(Chapter chapter) {
        return SkeletonGenerator.read(chapter.solutionDir().resolve("pom.xml")).contains("<exec.mainClass>");
    }

    /** The files of a skeleton module that generation owns: all but build output. */
    static List<Path> generatedArea(Path skeletonDir) {
        return SkeletonGenerator.filesUnder(skeletonDir).stream()
                .filter(file -> !skeletonDir.relativize(file).startsWith("target"))
                .toList();
    }

    private static void checkModules(Workbook workbook, List<Chapter> chapters, String folder, List<String> problems) {
        Path pom = workbook.root().resolve(folder).resolve("pom.xml");
        Set<String> listed = new TreeSet<>();
        Matcher module = MODULE.matcher(SkeletonGenerator.read(pom));
        while (module.find()) {
            listed.add(module.group(1).strip());
        }
        Set<String> expected = new TreeSet<>();
        chapters.forEach(chapter -> expected.add(chapter.slug()));
        if (!listed.equals(expected)) {
            problems.add(folder + "/pom.xml: <modules> lists " + listed + " but the chapters are " + expected);
        }
    }

    private static void checkNoStrayChapters(Workbook workbook, List<Chapter> chapters, List<String> problems) {
        Set<String> known = new TreeSet<>();
        chapters.forEach(chapter -> known.add(chapter.slug()));
        try (var entries = Files.list(workbook.root().resolve("chapters"))) {
            entries.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.startsWith("ch") && !known.contains(name))
                    .forEach(name -> problems.add("chapters/" + name + ": no solutions/" + name + "/chapter.json"
                            + " makes it; delete it or add the solution"));
        } catch (java.io.IOException e) {
            problems.add("chapters/: cannot list: " + e.getMessage());
        }
    }

    private static Set<String> tags(Path testSources) {
        Set<String> tags = new TreeSet<>();
        for (Path file : SkeletonGenerator.filesUnder(testSources)) {
            Matcher tag = TAG.matcher(SkeletonGenerator.read(file));
            while (tag.find()) {
                tags.add(tag.group(1));
            }
        }
        return tags;
    }

    static final String REGENERATE = "; regenerate with ./mvnw -q -pl harness/generator compile exec:java@generate";
}
