package workbook.learner.reset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The members with a body (methods, constructors, initializers) of a Java source file, found
 * by matching braces outside comments, strings, text blocks and character literals; enough to
 * cut a method out of one version of a file and put it into another. Not a parser: a member
 * is known by its header (modifiers, type, name, parameters, without comments and
 * annotations) and by the types around it. Stateless.
 */
public final class JavaMembers {

    private static final Pattern TYPE_HEADER = Pattern.compile("\\b(class|interface|enum|record)\\b");
    private static final Pattern ANNOTATION = Pattern.compile("@\\s*[\\w.]+(\\s*\\([^()]*\\))?");

    /**
     * One member.
     *
     * @param key   where it is and what it is: {@code Span/public Span tag(String key, Object value)}
     * @param start offset of its first line (its javadoc or annotations included)
     * @param body  offset of its body's opening brace
     * @param end   offset just after its closing brace
     */
    public record Member(String key, int start, int body, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private JavaMembers() {}

    /** Every member with a body that sits directly in a type, nested types included. */
    public static List<Member> of(String source) {
        List<Member> members = new ArrayList<>();
        Deque<Block> open = new ArrayDeque<>();
        int boundary = 0;
        int parens = 0;
        Deque<Integer> outerParens = new ArrayDeque<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                i = lineEnd(source, i);
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int close = source.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                continue;
            }
            if (c == '"') {
                i = skipString(source, i);
                continue;
            }
            if (c == '\'') {
                i = skipChar(source, i);
                continue;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            } else if (c == ';' && parens == 0) {
                boundary = i + 1;
            } else if (c == '{') {
                Block parent = open.peek();
                boolean member = parens == 0;
                String header = member ? normalize(source.substring(boundary, i)) : "";
                boolean type = member && TYPE_HEADER.matcher(header).find() && !header.startsWith("new ");
                String path = parent == null ? "" : parent.path;
                Block block = new Block(i, member ? firstLine(source, boundary) : i, header, type,
                        parent != null && parent.type && member && !type,
                        type ? path + "/" + typeName(header) : path, !member);
                open.push(block);
                outerParens.push(parens);
                parens = 0;
                if (member) {
                    boundary = i + 1;
                }
            } else if (c == '}') {
                Block block = open.poll();
                parens = outerParens.isEmpty() ? 0 : outerParens.pop();
                if (block != null && block.member) {
                    members.add(new Member(block.path + "/" + block.header, block.start, block.open, i + 1));
                }
                if (block == null || !block.inParentheses) {
                    // An annotation's {"a", "b"} belongs to the header that follows it.
                    boundary = i + 1;
                }
            }
            i++;
        }
        return members;
    }

    /**
     * The source without the bodies of its members: what code compiled against it can see
     * (signatures, fields, constants), so that two versions with the same outline need not
     * recompile their callers.
     */
    public static String outline(String source) {
        StringBuilder out = new StringBuilder(source);
        List<Member> members = new ArrayList<>(of(source));
        members.sort((a, b) -> Integer.compare(b.body, a.body));
        int lastCut = Integer.MAX_VALUE;
        for (Member member : members) {
            if (member.end <= lastCut) {
                out.replace(member.body, member.end, "{}");
                lastCut = member.body;
            }
        }
        return out.toString();
    }

    /** The smallest member that holds {@code offset}. */
    public static Optional<Member> enclosing(String source, int offset) {
        return of(source).stream().filter(member -> member.contains(offset))
                .min((a, b) -> Integer.compare(a.end - a.start, b.end - b.start));
    }

    private record Block(int open, int start, String header, boolean type, boolean member, String path,
            boolean inParentheses) {}

    private static String typeName(String header) {
        java.util.regex.Matcher matcher = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)").matcher(header);
        return matcher.find() ? matcher.group(1) : header;
    }

    /** A header without comments, annotations and extra white space. */
    static String normalize(String header) {
        String code = header.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        code = ANNOTATION.matcher(code).replaceAll(" ");
        return code.replaceAll("\\s+", " ").strip();
    }

    /** Where the member after a boundary begins: the start of its first line that holds something. */
    private static int firstLine(String source, int boundary) {
        int at = boundary;
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        int lineStart = source.lastIndexOf('\n', at - 1) + 1;
        return Math.max(lineStart, boundary);
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static int skipString(String source, int from) {
        if (source.startsWith("\"\"\"", from)) {
            int at = from + 3;
            while (at < source.length()) {
                if (source.charAt(at) == '\\') {
                    at += 2;
                } else if (source.startsWith("\"\"\"", at)) {
                    return at + 3;
                } else {
                    at++;
                }
            }
            return source.length();
        }
        int at = from + 1;
        while (at < source.length() && source.charAt(at) != '"' && source.charAt(at) != '\n') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), at + 1);
    }

    private static int skipChar(String source, int from) {
        int at = from + 1;
        while (at < source.length() && source.charAt(at) != '\'' && source.charAt(at) != '\n') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), at + 1);
    }
}
