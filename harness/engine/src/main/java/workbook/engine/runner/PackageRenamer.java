package workbook.engine.runner;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Renames one package inside compiled classes by rewriting the UTF-8 entries of their
 * constant pool, where every class name, descriptor, signature and string literal lives.
 *
 * <p>Why: the hidden tests compare the learner's classes with a relocated copy of the
 * reference under {@code reference.<package>}. The test runner loads that copy under a
 * package name drawn at random for each run, so learner code cannot look the reference
 * up by name ({@code Class.forName("reference.workbook.trace.TraceId")} finds nothing).
 * Everything the runner reports is translated back with {@link #restore(String)}, so
 * feedback never depends on the random name.
 *
 * <p>Renaming is a plain substring replacement of {@code from/} by {@code to/} (internal
 * names) and {@code from.} by {@code to.} (dotted names in strings). Modified UTF-8 encodes
 * every non-ASCII character with bytes above 0x7F, so an ASCII replacement never splits a
 * character. Immutable and thread-safe.
 */
public final class PackageRenamer {

    /** Renames nothing. */
    public static final PackageRenamer NONE = new PackageRenamer("reference", "reference");

    private final byte[] fromInternal;
    private final byte[] toInternal;
    private final byte[] fromDotted;
    private final byte[] toDotted;
    private final String from;
    private final String to;

    /**
     * @param from the package prefix to replace, dotted, e.g. {@code reference}
     * @param to   its replacement, dotted, e.g. {@code r5f0c2a9e}
     */
    public PackageRenamer(String from, String to) {
        this.from = from;
        this.to = to;
        this.fromInternal = ascii(from.replace('.', '/') + "/");
        this.toInternal = ascii(to.replace('.', '/') + "/");
        this.fromDotted = ascii(from + ".");
        this.toDotted = ascii(to + ".");
    }

    /** The renamed form of a dotted class name, e.g. {@code reference.a.B} to {@code r5f.a.B}. */
    public String rename(String className) {
        return className.startsWith(from + ".") ? to + className.substring(from.length()) : className;
    }

    /** Translates text produced under the new name (messages, IDs) back to the original name. */
    public String restore(String text) {
        return text == null || from.equals(to) ? text : text.replace(to + ".", from + ".").replace(to + "/", from + "/");
    }

    /** The class file with the package renamed; the input is not changed. */
    public byte[] rename(byte[] classFile) {
        ByteBuffer in = ByteBuffer.wrap(classFile);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(in.getInt());          // magic
            out.writeShort(in.getShort());      // minor
            out.writeShort(in.getShort());      // major
            int count = Short.toUnsignedInt(in.getShort());
            out.writeShort(count);
            for (int index = 1; index < count; index++) {
                int tag = Byte.toUnsignedInt(in.get());
                out.writeByte(tag);
                if (tag == ConstantPool.UTF8) {
                    byte[] value = new byte[Short.toUnsignedInt(in.getShort())];
                    in.get(value);
                    byte[] renamed = replace(replace(value, fromInternal, toInternal), fromDotted, toDotted);
                    if (renamed.length > 0xFFFF) {
                        throw new IllegalArgumentException("constant too long after renaming");
                    }
                    out.writeShort(renamed.length);
                    out.write(renamed);
                } else {
                    int size = ConstantPool.fixedSize(tag);
                    byte[] value = new byte[size];
                    in.get(value);
                    out.write(value);
                    if (tag == ConstantPool.LONG || tag == ConstantPool.DOUBLE) {
                        index++;
                    }
                }
            }
            out.write(classFile, in.position(), classFile.length - in.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] replace(byte[] value, byte[] target, byte[] replacement) {
        int at = indexOf(value, target, 0);
        if (at < 0) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 32);
        int start = 0;
        while (at >= 0) {
            out.write(value, start, at - start);
            out.write(replacement, 0, replacement.length);
            start = at + target.length;
            at = indexOf(value, target, start);
        }
        out.write(value, start, value.length - start);
        return out.toByteArray();
    }

    private static int indexOf(byte[] value, byte[] target, int from) {
        outer:
        for (int i = from; i <= value.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (value[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
