package org.spinechoice.app.clinic.outcomepage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.spinechoice.outcome.Interval;
import org.spinechoice.outcome.MeanChange;
import org.spinechoice.outcome.Proportion;

/**
 * Figures as the outcomes page writes them: shares as whole percent with their interval ("54% (41–66%)"), mean
 * changes in points with a true minus sign, and a claimed figure as it was claimed (to one decimal when not whole).
 * Stateless.
 */
public final class Figures {

    private static final String MINUS = "\u2212";
    private static final String EN_DASH = "\u2013";

    private Figures() {}

    /** A share (0 to 1) as a whole percent: 0.6667 is "67%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A share with its 95% interval: "67% (39–86%)". */
    public static String share(double share, Interval ci) {
        return percent(share) + " (" + Math.round(ci.lower() * 100) + EN_DASH + percent(ci.upper()) + ")";
    }

    public static String rate(Proportion rate) {
        return share(rate.rate(), rate.ci());
    }

    /**
     * A mean change with its interval in points, "to" between the bounds since both may be negative: "−14.7 (−19.7 to
     * −9.7)".
     */
    public static String meanChange(MeanChange change, int decimals) {
        return points(change.mean(), decimals) + " (" + points(change.ci().lower(), decimals) + " to "
                + points(change.ci().upper(), decimals) + ")";
    }

    /** A claimed figure (0 to 1) as a percent, to one decimal only when the claim had one: 0.89 is "89%". */
    public static String claimed(double figure) {
        BigDecimal percent = BigDecimal.valueOf(figure)
                .movePointRight(2)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return percent.toPlainString() + "%";
    }

    private static String points(double value, int decimals) {
        String digits = BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return digits.replace("-", MINUS);
    }
}
