package workbook.harness.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are reported with two decimals, rounded half up, so sums do not drift. Stateless. */
public final class Scores {

    private Scores() {}

    public static double round(double score) {
        return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 12.5}, {@code 15}: no trailing zeros. */
    public static String format(double score) {
        return BigDecimal.valueOf(round(score)).stripTrailingZeros().toPlainString();
    }
}
