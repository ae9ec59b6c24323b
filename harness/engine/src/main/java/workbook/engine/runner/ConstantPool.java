package workbook.engine.runner;

/** Constant pool tags of the class file format (JVMS §4.4) and the size of their bodies. */
final class ConstantPool {

    static final int UTF8 = 1;
    static final int LONG = 5;
    static final int DOUBLE = 6;

    private ConstantPool() {}

    /** Bytes after the tag of every entry but UTF-8, whose size is in its own header. */
    static int fixedSize(int tag) {
        return switch (tag) {
            case 7, 8, 16, 19, 20 -> 2;        // Class, String, MethodType, Module, Package
            case 15 -> 3;                      // MethodHandle
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 4; // Integer, Float, refs, NameAndType, (Invoke)Dynamic
            case LONG, DOUBLE -> 8;
            default -> throw new IllegalArgumentException("not a class file: unknown constant pool tag " + tag);
        };
    }
}
