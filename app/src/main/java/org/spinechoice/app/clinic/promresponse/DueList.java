package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The clinic's due and overdue questionnaires on one day, most pressing first: the rows shown, and how many rows and
 * questionnaires there are in all.
 */
public record DueList(LocalDate today, List<DueQuestionnaires> shown, int rows, int questionnaires) {

    public DueList {
        Objects.requireNonNull(today, "today");
        shown = List.copyOf(shown);
        if (rows < shown.size() || questionnaires < rows) {
            throw new IllegalArgumentException("the totals count at least the rows shown");
        }
    }
}
