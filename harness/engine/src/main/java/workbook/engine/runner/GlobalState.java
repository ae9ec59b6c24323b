package workbook.engine.runner;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

/**
 * JVM-wide settings that a chapter's code could change, saved before the chapter and put
 * back after it, so one chapter cannot change the results of the next. Not thread-safe.
 */
final class GlobalState {

    private final Properties properties;
    private final Locale locale;
    private final Locale formatLocale;
    private final Locale displayLocale;
    private final TimeZone timeZone;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Thread.UncaughtExceptionHandler uncaught;

    private GlobalState() {
        Properties copy = new Properties();
        copy.putAll(System.getProperties());
        properties = copy;
        locale = Locale.getDefault();
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        timeZone = TimeZone.getDefault();
        out = System.out;
        err = System.err;
        in = System.in;
        uncaught = Thread.getDefaultUncaughtExceptionHandler();
    }

    static GlobalState save() {
        return new GlobalState();
    }

    void restore() {
        Properties fresh = new Properties();
        fresh.putAll(properties);
        System.setProperties(fresh);
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        TimeZone.setDefault(timeZone);
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
    }
}
