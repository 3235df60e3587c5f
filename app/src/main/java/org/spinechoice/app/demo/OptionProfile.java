package org.spinechoice.app.demo;

import java.util.Objects;
import org.spinechoice.treatment.SessionKind;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/**
 * How demo courses of one option look: how often the option is chosen, its plan, and how its demo patients fare.
 * Every figure is invented for demonstration ({@link InventedParameters}); none is clinical evidence.
 *
 * @param weight how often the option is chosen, relative to the other options
 * @param improvementChance the chance that a patient improves at all
 * @param gainIfImproved the share of their baseline symptoms an improving patient loses at the peak, on average
 * @param stopChance the chance that a course of two or more sessions is stopped early
 * @param adverseEventChance the chance that a course records an adverse event
 */
record OptionProfile(
        OptionId option,
        int weight,
        int minSessions,
        int maxSessions,
        int minIntervalWeeks,
        int maxIntervalWeeks,
        SessionKind sessionKind,
        double improvementChance,
        double gainIfImproved,
        Recovery recovery,
        double stopChance,
        double adverseEventChance) {

    /** Reads a row of {@link InventedParameters}' table: the columns in the order of its header, ranges as 1-3. */
    static OptionProfile fromRow(String row) {
        String[] cells = row.strip().split(" +");
        if (cells.length != 10) {
            throw new IllegalArgumentException("a demo profile row has 10 columns: " + row);
        }
        String[] sessions = range(cells[2]);
        String[] weeks = range(cells[3]);
        return new OptionProfile(
                code(OptionId.class, cells[0]),
                Integer.parseInt(cells[1]),
                Integer.parseInt(sessions[0]),
                Integer.parseInt(sessions[1]),
                Integer.parseInt(weeks[0]),
                Integer.parseInt(weeks[1]),
                code(SessionKind.class, cells[4]),
                Double.parseDouble(cells[5]),
                Double.parseDouble(cells[6]),
                code(Recovery.class, cells[7]),
                Double.parseDouble(cells[8]),
                Double.parseDouble(cells[9]));
    }

    OptionProfile {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(sessionKind, "sessionKind");
        Objects.requireNonNull(recovery, "recovery");
        if (weight < 1
                || minSessions < 1
                || maxSessions < minSessions
                || minIntervalWeeks < 0
                || maxIntervalWeeks < minIntervalWeeks) {
            throw new IllegalArgumentException("a profile of " + option.id() + " needs a weight and session ranges");
        }
        for (double chance : new double[] {improvementChance, gainIfImproved, stopChance, adverseEventChance}) {
            if (chance < 0 || chance > 1) {
                throw new IllegalArgumentException("chances and shares of " + option.id() + " lie in 0..1");
            }
        }
    }

    private static String[] range(String cell) {
        String[] ends = cell.split("-");
        return ends.length == 1 ? new String[] {ends[0], ends[0]} : ends;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String id) {
        return Coded.fromId(type, id)
                .orElseThrow(() -> new IllegalArgumentException("not a " + type.getSimpleName() + ": " + id));
    }
}
