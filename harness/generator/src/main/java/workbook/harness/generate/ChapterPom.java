package workbook.harness.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a chapter's {@code pom.xml} from its solution's: the same dependencies, properties
 * and build, under the chapters parent and without the {@code -reference} suffix.
 */
final class ChapterPom {

    private static final Pattern NAME = Pattern.compile("(?m)^(  <name>)[^<]*(</name>)$");

    private ChapterPom() {}

    static String from(Chapter chapter, String solutionPom) {
        String own = "<artifactId>" + chapter.referenceArtifactId() + "</artifactId>";
        String parent = "<artifactId>workbook-solutions</artifactId>";
        require(chapter, solutionPom, own);
        require(chapter, solutionPom, parent);
        Matcher name = NAME.matcher(solutionPom);
        if (!name.find()) {
            throw new IllegalStateException("solutions/" + chapter.slug() + "/pom.xml: needs a project-level"
                    + " <name> line indented by two spaces");
        }
        String pom = name.replaceFirst("$1" + Matcher.quoteReplacement(
                chapter.id() + " " + chapter.manifest().title() + " (exercises)") + "$2")
                .replace(own, "<artifactId>" + chapter.slug() + "</artifactId>")
                .replace(parent, "<artifactId>workbook-chapters</artifactId>");
        int afterDeclaration = pom.startsWith("<?xml") ? pom.indexOf('\n') + 1 : 0;
        return pom.substring(0, afterDeclaration)
                + "<!-- Generated from solutions/" + chapter.slug() + "/pom.xml by the workbook generator"
                + " (docs/authoring.md). Do not edit. -->\n"
                + pom.substring(afterDeclaration);
    }

    private static void require(Chapter chapter, String pom, String element) {
        if (!pom.contains(element)) {
            throw new IllegalStateException("solutions/" + chapter.slug() + "/pom.xml: expected " + element);
        }
    }
}
