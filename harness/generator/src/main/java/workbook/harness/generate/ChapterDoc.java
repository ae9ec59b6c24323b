package workbook.harness.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.testkit.TodoId;

/**
 * The generated parts of a chapter doc ({@code docs/chNN-*.md}): under each TODO's section the
 * TODO's hints, from {@code chapter.json}; under "Running it" the learner's commands, from
 * {@link LearnerCommands}. Everything between a block's markers is rewritten by
 * {@code generate}, and {@code generate --check} fails when a block is stale or missing, or a
 * TODO has no section. Stateless.
 */
final class ChapterDoc {

    private static final String HINTS_BEGIN = "<!-- hints %s: generated from the chapter's manifest, do not edit -->";
    private static final String HINTS_END = "<!-- end of hints %s -->";
    private static final String COMMANDS_BEGIN = "<!-- commands: generated, do not edit -->";
    private static final String COMMANDS_END = "<!-- end of commands -->";
    private static final Pattern SELF_LINK = Pattern.compile("\\s*\\(docs/[^)\\s]+#ch\\d+\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private ChapterDoc() {}

    /** The doc's path relative to the workbook root that every chapter's doc must have. */
    static String expectedPath(Chapter chapter) {
        return "docs/" + chapter.slug() + ".md";
    }

    /** {@code doc} with every generated block brought up to date (a missing hints block is added at the end of its section). */
    static String render(Chapter chapter, String doc, String setup, boolean hasDemo) {
        String result = doc;
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            String begin = HINTS_BEGIN.formatted(todo.id());
            String end = HINTS_END.formatted(todo.id());
            String block = begin + "\n" + hints(todo) + end;
            int from = result.indexOf(begin);
            if (from >= 0) {
                int to = result.indexOf(end, from);
                if (to < 0) {
                    throw new IllegalStateException(chapter.manifest().doc() + ": '" + begin + "' has no '" + end + "'");
                }
                result = result.substring(0, from) + block + result.substring(to + end.length());
            } else {
                int sectionEnd = sectionEnd(result, todo.id());
                if (sectionEnd >= 0) {
                    String before = result.substring(0, sectionEnd).stripTrailing();
                    result = before + "\n\n" + block + "\n\n" + result.substring(sectionEnd).stripLeading();
                }
            }
        }
        int from = result.indexOf(COMMANDS_BEGIN);
        int to = result.indexOf(COMMANDS_END);
        if (from >= 0 && to > from) {
            result = result.substring(0, from) + COMMANDS_BEGIN + "\n" + commands(chapter, setup, hasDemo)
                    + result.substring(to);
        }
        return result;
    }

    /** What is wrong with {@code doc} that generation cannot fix, each naming the doc and the fix. */
    static List<String> problems(Chapter chapter, String doc) {
        List<String> problems = new ArrayList<>();
        String where = chapter.manifest().doc();
        if (!where.equals(expectedPath(chapter))) {
            problems.add(chapter.slug() + "/chapter.json: doc must be " + expectedPath(chapter) + " (the progress"
                    + " report links to it), got " + where);
        }
        for (ChapterManifest.Todo todo : chapter.manifest().todos()) {
            TodoId id = TodoId.parse(todo.id());
            Matcher section = sectionHeading(id).matcher(doc);
            if (!section.find()) {
                problems.add(where + ": TODO " + id + " needs its section: a line '<a id=\"" + id.anchor()
                        + "\"></a>' followed by a heading '### " + id + " " + todo.title() + "'");
            }
        }
        if (!doc.contains(COMMANDS_BEGIN) || !doc.contains(COMMANDS_END)) {
            problems.add(where + ": needs the learner's commands: put the lines '" + COMMANDS_BEGIN + "' and '"
                    + COMMANDS_END + "' in its 'Running it' section, then regenerate");
        }
        return problems;
    }

    private static Pattern sectionHeading(TodoId id) {
        return Pattern.compile("(?m)^<a id=\"" + id.anchor() + "\"></a>\\n### " + Pattern.quote(id.toString()) + " ");
    }

    /** Where a TODO's section ends: at the next anchor or level-2 heading; -1 without a section. */
    private static int sectionEnd(String doc, String todoId) {
        Matcher section = sectionHeading(TodoId.parse(todoId)).matcher(doc);
        if (!section.find()) {
            return -1;
        }
        Matcher next = Pattern.compile("(?m)^(<a id=\"|## )").matcher(doc);
        return next.find(section.end()) ? next.start() : doc.length();
    }

    private static String hints(ChapterManifest.Todo todo) {
        StringBuilder out = new StringBuilder();
        List<String> hints = todo.hints();
        for (int i = 0; i < hints.size(); i++) {
            out.append("<details><summary>Hint ").append(i + 1).append("</summary>")
                    .append(html(SELF_LINK.matcher(hints.get(i)).replaceAll(""))).append("</details>\n");
        }
        return out.toString();
    }

    /** Escapes a hint for HTML and turns its {@code `code`} spans into {@code <code>} elements. */
    static String html(String hint) {
        String escaped = hint.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return CODE.matcher(escaped).replaceAll(match -> Matcher.quoteReplacement("<code>" + match.group(1) + "</code>"));
    }

    private static String commands(Chapter chapter, String setup, boolean hasDemo) {
        return """
                One-time setup, from the workbook's root folder (it needs the internet, once):

                ```
                %s
                ```

                Then, in this chapter's folder, run its tests%s; add `-o` to any of them to stay offline:

                ```
                cd chapters/%s
                %s
                %s```
                """.formatted(setup, hasDemo ? " and its demo" : "", chapter.slug(), LearnerCommands.TEST,
                hasDemo ? LearnerCommands.DEMO + "\n" : "");
    }
}
