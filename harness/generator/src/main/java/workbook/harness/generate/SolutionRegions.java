package workbook.harness.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a reference source file into its skeleton by replacing each solution region.
 *
 * <pre>{@code
 *     // BEGIN SOLUTION ch01.3
 *     ... the reference code ...
 *     // SKELETON              (optional: what the learner starts from instead)
 *     // return Optional.empty();
 *     // END SOLUTION
 * }</pre>
 *
 * A region becomes a {@code // TODO ch01.3: <title>} comment with the first hint, followed
 * by the {@code SKELETON} lines (their {@code // } removed) or, without them, by a
 * {@code throw new UnsupportedOperationException("TODO ch01.3: ...")}. A throwing
 * region must therefore end its block, so that the skeleton compiles.
 */
public final class SolutionRegions {

    private static final Pattern BEGIN = Pattern.compile("^(\\s*)// BEGIN SOLUTION(?:\\s+(\\S+))?\\s*$");
    private static final Pattern SKELETON = Pattern.compile("^\\s*// SKELETON\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// END SOLUTION\\s*$");

    /** A region found in a file: its TODO ID and 1-based line numbers. */
    public record Region(String todoId, int beginLine, int endLine) {}

    private SolutionRegions() {}

    /** The regions of a source file, validated; errors name the file and line. */
    public static List<Region> find(String fileName, String source) {
        List<Region> regions = new ArrayList<>();
        scan(fileName, source, regions, null, todoId -> true);
        return regions;
    }

    /**
     * The skeleton of a source file; {@code todoLookup} gives each ID's title and first
     * hint, or null for an ID the manifest does not know (an error).
     */
    public static String skeleton(String fileName, String source, Function<String, ChapterManifest.Todo> todoLookup) {
        return scan(fileName, source, new ArrayList<>(), todoLookup, todoId -> true);
    }

    /**
     * The file as a learner would hand it in after doing every TODO except those that
     * {@code leftAsSkeleton} names: their regions become the skeleton's, every other region
     * keeps the reference code without its markers. The probes that check grading fairness and
     * the example submissions are made this way.
     */
    public static String partlySolved(String fileName, String source,
                                      Function<String, ChapterManifest.Todo> todoLookup,
                                      Predicate<String> leftAsSkeleton) {
        return scan(fileName, source, new ArrayList<>(), todoLookup, leftAsSkeleton);
    }

    private static String scan(String fileName, String source, List<Region> regions,
                               Function<String, ChapterManifest.Todo> todoLookup,
                               Predicate<String> leftAsSkeleton) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < lines.length) {
            Matcher begin = BEGIN.matcher(lines[i]);
            if (!begin.matches()) {
                if (SKELETON.matcher(lines[i]).matches() || END.matcher(lines[i]).matches()) {
                    throw problem(fileName, i, "marker outside a BEGIN SOLUTION region");
                }
                out.append(lines[i]);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                i++;
                continue;
            }
            String indent = begin.group(1);
            String todoId = begin.group(2);
            if (todoId == null) {
                throw problem(fileName, i, "BEGIN SOLUTION needs a TODO ID, e.g. '// BEGIN SOLUTION ch01.3'");
            }
            int beginLine = i;
            int skeletonLine = -1;
            int j = i + 1;
            while (j < lines.length && !END.matcher(lines[j]).matches()) {
                if (BEGIN.matcher(lines[j]).matches()) {
                    throw problem(fileName, j, "nested BEGIN SOLUTION inside region " + todoId);
                }
                if (SKELETON.matcher(lines[j]).matches()) {
                    skeletonLine = j;
                }
                j++;
            }
            if (j == lines.length) {
                throw problem(fileName, beginLine, "region " + todoId + " has no '// END SOLUTION'");
            }
            regions.add(new Region(todoId, beginLine + 1, j + 1));

            if (todoLookup != null) {
                ChapterManifest.Todo todo = todoLookup.apply(todoId);
                if (todo == null) {
                    throw problem(fileName, beginLine, "TODO " + todoId + " is not in the chapter's chapter.json");
                }
                if (!leftAsSkeleton.test(todoId)) {
                    int solutionEnd = skeletonLine >= 0 ? skeletonLine : j;
                    for (int k = beginLine + 1; k < solutionEnd; k++) {
                        out.append(lines[k]).append('\n');
                    }
                    i = j + 1;
                    continue;
                }
                List<String> starter = new ArrayList<>();
                if (skeletonLine >= 0) {
                    for (int k = skeletonLine + 1; k < j; k++) {
                        starter.add(uncomment(fileName, k, lines[k], indent));
                    }
                } else {
                    requireBlockEnds(fileName, lines, j, todoId);
                    starter.add(indent + "throw new UnsupportedOperationException(\"TODO "
                            + todoId + ": " + escape(todo.title()) + "\");");
                }
                out.append(indent).append("// TODO ").append(todoId).append(": ").append(todo.title()).append('\n');
                if (!todo.hints().isEmpty()) {
                    out.append(indent).append("//   Hint: ").append(todo.hints().get(0)).append('\n');
                }
                for (String line : starter) {
                    out.append(line).append('\n');
                }
            }
            i = j + 1;
        }
        return out.toString();
    }

    private static String uncomment(String fileName, int index, String line, String indent) {
        String trimmed = line.strip();
        if (trimmed.equals("//")) {
            return "";
        }
        if (!trimmed.startsWith("// ")) {
            throw problem(fileName, index, "SKELETON lines must be comments starting with '// '");
        }
        String body = line.substring(line.indexOf("// ") + 3);
        return line.substring(0, line.indexOf("//")) + body;
    }

    private static void requireBlockEnds(String fileName, String[] lines, int endIndex, String todoId) {
        for (int k = endIndex + 1; k < lines.length; k++) {
            String next = lines[k].strip();
            if (next.isEmpty()) {
                continue;
            }
            if (!next.startsWith("}")) {
                throw problem(fileName, endIndex, "region " + todoId + " is replaced by a throw, so it must end"
                        + " its block (the next line must be '}'); add a '// SKELETON' part instead");
            }
            return;
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static IllegalStateException problem(String fileName, int index, String message) {
        return new IllegalStateException(fileName + ":" + (index + 1) + ": " + message);
    }
}
