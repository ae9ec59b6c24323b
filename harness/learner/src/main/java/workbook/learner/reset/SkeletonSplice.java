package workbook.learner.reset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the skeleton's version of the members that hold a TODO back into the learner's file,
 * leaving every other line of it as the learner wrote it. Stateless.
 */
public final class SkeletonSplice {

    /**
     * The outcome for one file.
     *
     * @param source   the file's new content
     * @param restored the headers of the members put back
     * @param missing  members of the skeleton that the learner's file no longer has (renamed, deleted)
     */
    public record Result(String source, List<String> restored, List<String> missing) {}

    private SkeletonSplice() {}

    /** The comment the generator writes at a TODO's edit site. */
    public static String marker(String todoId) {
        return "// TODO " + todoId + ":";
    }

    public static Result resetTodo(String skeleton, String learner, String todoId) {
        Map<String, JavaMembers.Member> wanted = new LinkedHashMap<>();
        String marker = marker(todoId);
        for (int at = skeleton.indexOf(marker); at >= 0; at = skeleton.indexOf(marker, at + 1)) {
            JavaMembers.enclosing(skeleton, at).ifPresent(member -> wanted.putIfAbsent(member.key(), member));
        }
        List<JavaMembers.Member> learnerMembers = JavaMembers.of(learner);
        List<Replacement> replacements = new ArrayList<>();
        List<String> restored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JavaMembers.Member member : wanted.values()) {
            Optional<JavaMembers.Member> mine = learnerMembers.stream()
                    .filter(candidate -> candidate.key().equals(member.key())).findFirst();
            String header = member.key().substring(member.key().lastIndexOf('/') + 1);
            if (mine.isPresent()) {
                replacements.add(new Replacement(mine.get(), skeleton.substring(member.start(), member.end())));
                restored.add(header);
            } else {
                missing.add(header);
            }
        }
        StringBuilder out = new StringBuilder(learner);
        replacements.sort(Comparator.comparingInt((Replacement r) -> r.target.start()).reversed());
        for (Replacement replacement : replacements) {
            out.replace(replacement.target.start(), replacement.target.end(), replacement.text);
        }
        return new Result(out.toString(), restored, missing);
    }

    private record Replacement(JavaMembers.Member target, String text) {}
}
