package org.spinechoice.app.clinic.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where things go on a score chart: dates run left to right and scores bottom to top inside fixed margins, in the
 * coordinates of an SVG {@code viewBox} of {@link #WIDTH} by {@link #HEIGHT}. The score axis spans the instrument's
 * whole range, so charts of one instrument compare at a glance; the date axis spans the days shown with a margin, so
 * no point sits on the frame. Immutable and thread-safe.
 */
public final class ChartGeometry {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    static final int LEFT = 52;
    static final int RIGHT = 24;
    static final int TOP = 24;
    static final int BOTTOM = 40;

    /** At most this many steps between ticks on an axis, so labels never crowd. */
    static final int MAX_STEPS = 6;

    private static final List<Integer> DAY_STEPS = List.of(1, 2, 7, 14);
    private static final List<Integer> MONTH_STEPS = List.of(1, 2, 3, 6, 12, 24, 60);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final BigDecimal min;
    private final BigDecimal max;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private ChartGeometry(BigDecimal min, BigDecimal max, LocalDate firstDay, LocalDate lastDay) {
        this.min = min;
        this.max = max;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /**
     * A chart of scores from {@code min} to {@code max} over the days from {@code earliest} to {@code latest}, widened
     * on both sides by a twentieth of the span (at least a week).
     */
    public static ChartGeometry of(BigDecimal min, BigDecimal max, LocalDate earliest, LocalDate latest) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) >= 0 || earliest.isAfter(latest)) {
            throw new IllegalArgumentException("a chart needs min < max and earliest <= latest");
        }
        long margin = Math.max(7, ChronoUnit.DAYS.between(earliest, latest) / 20);
        return new ChartGeometry(min, max, earliest.minusDays(margin), latest.plusDays(margin));
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public double plotTop() {
        return TOP;
    }

    public double plotBottom() {
        return HEIGHT - BOTTOM;
    }

    /** Whether a score lies on the score axis, ends included. */
    public boolean shows(BigDecimal score) {
        return score.compareTo(min) >= 0 && score.compareTo(max) <= 0;
    }

    /** The horizontal position of a day. */
    public double x(LocalDate day) {
        double span = ChronoUnit.DAYS.between(firstDay, lastDay);
        return plotLeft() + (plotRight() - plotLeft()) * ChronoUnit.DAYS.between(firstDay, day) / span;
    }

    /** The vertical position of a score; higher scores sit higher. */
    public double y(BigDecimal score) {
        double share = score.subtract(min).doubleValue() / max.subtract(min).doubleValue();
        return plotBottom() - (plotBottom() - plotTop()) * share;
    }

    /**
     * Ticks on the score axis at a round step (1, 2 or 5 times a power of ten) giving at most {@link #MAX_STEPS}
     * steps, from the first multiple of the step at or above the minimum.
     */
    public List<Tick> scoreTicks() {
        BigDecimal step = roundStep(max.subtract(min).divide(BigDecimal.valueOf(MAX_STEPS), 6, RoundingMode.UP));
        List<Tick> ticks = new ArrayList<>();
        BigDecimal value = min.divide(step, 0, RoundingMode.CEILING).multiply(step);
        while (value.compareTo(max) <= 0) {
            ticks.add(new Tick(y(value), value.stripTrailingZeros().toPlainString()));
            value = value.add(step);
        }
        return ticks;
    }

    /**
     * Ticks on the date axis: every few days for a span under two months, else on the first of every few months
     * (whole years for long spans), the shortest step that gives at most {@link #MAX_STEPS} + 1 ticks.
     */
    public List<Tick> dateTicks() {
        if (ChronoUnit.DAYS.between(firstDay, lastDay) <= 60) {
            for (int step : DAY_STEPS) {
                List<Tick> ticks = new ArrayList<>();
                for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(step)) {
                    ticks.add(new Tick(x(day), DAY_LABEL.format(day)));
                }
                if (ticks.size() <= MAX_STEPS + 1) {
                    return ticks;
                }
            }
        }
        List<Tick> ticks = List.of();
        for (int step : MONTH_STEPS) {
            ticks = monthTicks(step);
            if (ticks.size() <= MAX_STEPS + 1) {
                return ticks;
            }
        }
        return ticks;
    }

    private List<Tick> monthTicks(int step) {
        List<Tick> ticks = new ArrayList<>();
        LocalDate month = firstDay.withDayOfMonth(1);
        if (month.isBefore(firstDay)) {
            month = month.plusMonths(1);
        }
        for (; !month.isAfter(lastDay); month = month.plusMonths(1)) {
            int index = month.getYear() * 12 + month.getMonthValue() - 1;
            if (index % step == 0) {
                String label = step >= 12 ? String.valueOf(month.getYear()) : MONTH_LABEL.format(month);
                ticks.add(new Tick(x(month), label));
            }
        }
        return ticks;
    }

    private static BigDecimal roundStep(BigDecimal rough) {
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(rough.precision() - rough.scale() - 1);
        for (int multiple : List.of(1, 2, 5, 10)) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(multiple));
            if (step.compareTo(rough) >= 0) {
                return step;
            }
        }
        throw new IllegalStateException("ten times the power of ten below a number is at least the number");
    }
}
