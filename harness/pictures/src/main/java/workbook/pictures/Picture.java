package workbook.pictures;

import java.util.Objects;

/**
 * One doc picture: the file it is saved as under {@code docs/img}, the doc that shows it, and
 * its SVG (with its text alternative inside, as {@code <title>} and {@code <desc>}).
 */
record Picture(String fileName, String doc, String svg) {

    Picture {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(svg, "svg");
    }
}
