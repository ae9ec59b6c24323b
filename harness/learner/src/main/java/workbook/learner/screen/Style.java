package workbook.learner.screen;

import java.nio.charset.Charset;

/**
 * How the tool draws: Unicode marks and ANSI colours where the terminal takes them, plain
 * ASCII otherwise ({@code NO_COLOR} set, output not a terminal, a console that is not UTF-8).
 * Immutable.
 *
 * @param unicode use ✓ ✗ · and box characters
 * @param color   use ANSI colours
 */
public record Style(boolean unicode, boolean color) {

    public static final Style PLAIN = new Style(false, false);

    /** What this process's standard output supports. */
    public static Style detect() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                Charset.defaultCharset().name()));
        boolean unicode = encoding.toUpperCase(java.util.Locale.ROOT).contains("UTF")
                && System.getenv("WORKBOOK_ASCII") == null;
        boolean color = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Style(unicode, color);
    }

    public String pass() {
        return green(unicode ? "✓" : "+");
    }

    public String fail() {
        return red(unicode ? "✗" : "x");
    }

    public String todo() {
        return dim(unicode ? "·" : ".");
    }

    public String waiting() {
        return yellow(unicode ? "…" : "~");
    }

    public String unknown() {
        return dim("?");
    }

    public String rule(int width) {
        return dim((unicode ? "─" : "-").repeat(width));
    }

    public String bar(double fraction, int width) {
        int full = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String on = unicode ? "█" : "#";
        String off = unicode ? "░" : "-";
        return "[" + green(on.repeat(full)) + dim(off.repeat(width - full)) + "]";
    }

    public String bold(String text) {
        return ansi("1", text);
    }

    public String dim(String text) {
        return ansi("2", text);
    }

    public String red(String text) {
        return ansi("31", text);
    }

    public String green(String text) {
        return ansi("32", text);
    }

    public String yellow(String text) {
        return ansi("33", text);
    }

    public String cyan(String text) {
        return ansi("36", text);
    }

    private String ansi(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
