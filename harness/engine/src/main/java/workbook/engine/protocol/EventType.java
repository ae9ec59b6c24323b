package workbook.engine.protocol;

/** The kinds of line the test JVM reports on its event channel. */
public enum EventType {
    /** The JVM read its setup and waits for run requests. */
    READY,
    /** A chapter of the current request starts. */
    CHAPTER,
    /** A scored test starts. */
    START,
    /** A scored test ended, with its status. */
    END,
    /** A test class (or the whole chapter) failed outside any test. */
    CONTAINER,
    /** A chapter of the current request ended. */
    CHAPTER_END,
    /**
     * The JVM stops after this: after a chapter that left threads running, or (with a chapter
     * and a test) after a test that timed out. A fresh JVM runs what is left.
     */
    RESTART,
    /** The current request is complete; the JVM waits for the next one. */
    DONE
}
