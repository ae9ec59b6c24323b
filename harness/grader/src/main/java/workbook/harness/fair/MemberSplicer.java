package workbook.harness.fair;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import workbook.harness.generate.SolutionRegions;

/**
 * Puts the reference's members into a learner's source file, member by member, with the
 * JDK's own parser ({@code com.sun.source}): the members (methods, constructors, fields,
 * initializers) of the reference that hold a solution region of a TODO chosen by
 * {@code fromReference} replace the learner's members of the same name and parameter types,
 * unless they also hold a region of a TODO not chosen (that member stays the learner's, so a
 * TODO is always graded on the learner's own code). Everything else in the learner's file
 * stays as written. Used to grade one TODO with the reference standing in for the others.
 * Stateless and thread-safe.
 */
public final class MemberSplicer {

    private MemberSplicer() {}

    /**
     * The learner's file with the chosen members taken from the reference, or empty when the
     * learner's file cannot be parsed or lacks a member that must be replaced.
     *
     * @param fileName      for messages, e.g. {@code workbook/collector/ActiveTrace.java}
     * @param learner       the learner's source
     * @param reference     the reference's source, with its {@code BEGIN SOLUTION} markers
     * @param fromReference which TODOs' regions come from the reference
     */
    public static Optional<String> splice(String fileName, String learner, String reference,
            Predicate<String> fromReference) {
        List<SolutionRegions.Region> regions = SolutionRegions.find(fileName, reference);
        if (regions.stream().noneMatch(region -> fromReference.test(region.todoId()))) {
            return Optional.of(learner);
        }
        Parsed ref = Parsed.of(fileName, reference).orElseThrow(() ->
                new IllegalStateException("the reference " + fileName + " does not parse"));
        Optional<Parsed> mine = Parsed.of(fileName, learner);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Member> replaced = new LinkedHashMap<>();
        Map<String, Member> kept = new LinkedHashMap<>();
        for (SolutionRegions.Region region : regions) {
            for (Member member : ref.holders(region)) {
                (fromReference.test(region.todoId()) ? replaced : kept).put(member.key(), member);
            }
        }
        kept.keySet().forEach(replaced::remove);
        List<Edit> edits = new ArrayList<>();
        for (Member member : replaced.values()) {
            Member target = mine.get().members.get(member.key());
            if (target == null) {
                return Optional.empty();
            }
            edits.add(new Edit(target.start(), target.end(), reference.substring(member.start(), member.end())));
        }
        edits.sort(Comparator.comparingLong(Edit::start).reversed());
        StringBuilder text = new StringBuilder(learner);
        for (Edit edit : edits) {
            text.replace((int) edit.start(), (int) edit.end(), edit.text());
        }
        return Optional.of(text.toString());
    }

    /**
     * True when every member of {@code skeleton} whose text contains {@code marker} (a TODO's
     * stub, {@code "TODO ch03.2:"}) is in {@code learner} unchanged, blanks aside: the learner
     * has not touched that TODO. False when a file does not parse.
     */
    public static boolean untouched(String fileName, String learner, String skeleton, String marker) {
        if (!skeleton.contains(marker)) {
            return true;
        }
        Optional<Parsed> mine = Parsed.of(fileName, learner);
        Optional<Parsed> given = Parsed.of(fileName, skeleton);
        if (mine.isEmpty() || given.isEmpty()) {
            return false;
        }
        for (Member member : given.get().members.values()) {
            String text = skeleton.substring(member.start(), member.end());
            if (!text.contains(marker) || member.key().indexOf('#') < 0) {
                continue;
            }
            Member theirs = mine.get().members.get(member.key());
            if (theirs == null || !blankless(learner.substring(theirs.start(), theirs.end())).equals(blankless(text))) {
                return false;
            }
        }
        return true;
    }

    private static String blankless(String text) {
        return text.replaceAll("\\s+", "");
    }

    private record Edit(long start, long end, String text) {}

    /**
     * A member of a class: {@code key} names it the same way in the learner's file and in the
     * reference ({@code Outer.Inner#method(int,String)}), start and end are character offsets,
     * lines are 1-based.
     */
    record Member(String key, int start, int end, long firstLine, long lastLine) {}

    /** A parsed file's members, innermost last. */
    private static final class Parsed {
        final Map<String, Member> members = new LinkedHashMap<>();

        static Optional<Parsed> of(String fileName, String source) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            JavaFileObject file = new SimpleJavaFileObject(URI.create("memory:///" + fileName),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean[] errors = {false};
            JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> {
                if (diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
                    errors[0] = true;
                }
            }, List.of("-proc:none"), null, List.of(file));
            try {
                CompilationUnitTree unit = task.parse().iterator().next();
                if (errors[0]) {
                    return Optional.empty();
                }
                Parsed parsed = new Parsed();
                SourcePositions positions = Trees.instance(task).getSourcePositions();
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree cls) {
                        parsed.collect(cls, cls.getSimpleName().toString(), unit, positions);
                    }
                }
                return Optional.of(parsed);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void collect(ClassTree cls, String path, CompilationUnitTree unit, SourcePositions positions) {
            LineMap lines = unit.getLineMap();
            int initializers = 0;
            for (Tree member : cls.getMembers()) {
                String key;
                if (member instanceof MethodTree method) {
                    key = path + "#" + method.getName() + method.getParameters().stream()
                            .map(parameter -> parameter.getType() == null ? "?" : parameter.getType().toString())
                            .collect(Collectors.joining(",", "(", ")"));
                } else if (member instanceof VariableTree field) {
                    key = path + "#" + field.getName();
                } else if (member instanceof BlockTree) {
                    key = path + "#{" + (initializers++) + "}";
                } else if (member instanceof ClassTree nested) {
                    String nestedPath = path + "." + nested.getSimpleName();
                    key = nestedPath;
                    add(key, member, unit, positions, lines);
                    collect(nested, nestedPath, unit, positions);
                    continue;
                } else {
                    continue;
                }
                add(key, member, unit, positions, lines);
            }
        }

        private void add(String key, Tree member, CompilationUnitTree unit, SourcePositions positions, LineMap lines) {
            long start = positions.getStartPosition(unit, member);
            long end = positions.getEndPosition(unit, member);
            if (start < 0 || end < 0 || members.containsKey(key)) {
                return;
            }
            members.put(key, new Member(key, (int) start, (int) end, lines.getLineNumber(start),
                    lines.getLineNumber(Math.max(start, end - 1))));
        }

        /**
         * The members that hold a region: the innermost members that overlap its lines (a
         * nested class only when none of its own members does).
         */
        List<Member> holders(SolutionRegions.Region region) {
            List<Member> overlapping = members.values().stream()
                    .filter(member -> member.firstLine() <= region.endLine() && member.lastLine() >= region.beginLine())
                    .toList();
            return overlapping.stream()
                    .filter(outer -> overlapping.stream().noneMatch(inner -> contains(outer, inner)))
                    .toList();
        }

        private static boolean contains(Member outer, Member inner) {
            return outer.start() <= inner.start() && inner.end() <= outer.end()
                    && (outer.start() != inner.start() || outer.end() != inner.end());
        }
    }
}
