package workbook.learner.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import workbook.learner.book.LearnerBook;
import workbook.learner.book.LearnerChapter;
import workbook.learner.check.ChapterCheck;
import workbook.learner.hint.HintLevels;
import workbook.learner.progress.ChapterProgress;
import workbook.learner.progress.TodoProgress;
import workbook.learner.screen.FeedbackView;
import workbook.learner.screen.Style;

/**
 * {@code workbook watch}: stays resident on one chapter; on every save it reruns the chapter's
 * visible tests and redraws the screen; keys {@code h l n r q} as in rustlings. One thread
 * works (this one); the file watcher and the key reader only post events to it.
 */
public final class WatchSession {

    private static final Object SAVED = new Object();
    private static final Object END_OF_INPUT = new Object();
    private static final String CLEAR = "\u001b[H\u001b[2J\u001b[3J";

    private final LearnerBook book;
    private final ChapterCheck check;
    private final Style style;
    private final FeedbackView view;
    private final PrintStream out;
    private final InputStream keys;
    private final boolean clear;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    public WatchSession(LearnerBook book, ChapterCheck check, Style style, PrintStream out, InputStream keys,
            boolean clear) {
        this.book = book;
        this.check = check;
        this.style = style;
        this.view = new FeedbackView(style);
        this.out = out;
        this.keys = keys;
        this.clear = clear;
    }

    /** Watches until {@code q} or the end of input; returns the exit code. */
    public int run(LearnerChapter start) {
        Thread reader = new Thread(this::readKeys, "workbook-keys");
        reader.setDaemon(true);
        reader.start();
        LearnerChapter chapter = start;
        SourceWatcher watcher = SourceWatcher.start(chapter.mainSources(), () -> events.add(SAVED));
        try {
            ChapterProgress progress = checkAndShow(chapter, Optional.empty(), watcher);
            while (true) {
                Object event = events.take();
                if (event == END_OF_INPUT) {
                    return 0;
                }
                if (event == SAVED) {
                    progress = checkAndShow(chapter, Optional.of(progress), watcher);
                    continue;
                }
                switch ((Character) event) {
                    case 'q', 'Q', 3 -> {
                        return 0;
                    }
                    case 'r', 'R' -> progress = checkAndShow(chapter, Optional.of(progress), watcher);
                    case 'h', 'H' -> {
                        Optional<TodoProgress> current = progress.next();
                        if (current.isPresent()) {
                            HintLevels.in(book.stateDir()).revealNext(current.get().todo());
                        }
                        show(progress, Optional.empty(), watcher);
                    }
                    case 'l', 'L' -> draw(view.list(progress) + footer(watcher));
                    case 'n', 'N' -> {
                        Optional<LearnerChapter> next = book.after(chapter);
                        if (next.isPresent()) {
                            chapter = next.get();
                            watcher.close();
                            watcher = SourceWatcher.start(chapter.mainSources(), () -> events.add(SAVED));
                            progress = checkAndShow(chapter, Optional.empty(), watcher);
                        } else {
                            draw(view.render(progress, Optional.empty(), HintLevels.in(book.stateDir()), Optional.empty())
                                    + "\nThere is no chapter after " + chapter.id() + ".\n" + footer(watcher));
                        }
                    }
                    default -> {
                        // other keys do nothing, as in rustlings
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            watcher.close();
        }
    }

    private ChapterProgress checkAndShow(LearnerChapter chapter, Optional<ChapterProgress> before, SourceWatcher watcher) {
        out.print(style.dim("\nchecking " + chapter.id() + " …"));
        out.flush();
        ChapterProgress progress = ChapterProgress.of(chapter, check.check(chapter));
        show(progress, before.filter(old -> old.chapter().equals(chapter)), watcher);
        return progress;
    }

    private void show(ChapterProgress progress, Optional<ChapterProgress> before, SourceWatcher watcher) {
        String screen = view.render(progress, before, HintLevels.in(book.stateDir()), book.after(progress.chapter()));
        draw(screen + footer(watcher));
    }

    private String footer(SourceWatcher watcher) {
        return style.dim("watching " + book.root().relativize(watcher == null ? book.root() : watchedDir(watcher))
                + " (" + watcher.mode() + "); save a file to check again") + "\n";
    }

    private java.nio.file.Path watchedDir(SourceWatcher watcher) {
        return watcher.dir();
    }

    private void draw(String screen) {
        if (clear) {
            out.print(CLEAR);
        } else {
            out.print("\n\n");
        }
        out.print(screen);
        out.flush();
        logDrawn();
    }

    /**
     * For harness/learner/bench.sh: with {@code -Dworkbook.drawLog=FILE}, the time each screen
     * was drawn is appended to FILE, so a benchmark can measure from a save to the feedback.
     */
    private static void logDrawn() {
        String log = System.getProperty("workbook.drawLog");
        if (log != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(log), System.currentTimeMillis() + "\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                // a benchmark aid only
            }
        }
    }

    private void readKeys() {
        try {
            int key;
            while ((key = keys.read()) >= 0) {
                if (!Character.isWhitespace(key)) {
                    events.add((char) key);
                }
            }
        } catch (IOException e) {
            // the terminal is gone: end like q
        }
        events.add(END_OF_INPUT);
    }
}
