package org.spinechoice.app.clinic.questionnaire;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.Timepoint;

/** How the patient's pages say when a questionnaire is for, how long it is and by when to send it. Thread-safe. */
final class DueWords {

    /**
     * About how long one question takes: a planning figure of ours for the "about N minutes" a patient sees, not a
     * measured one; the number of questions beside it is exact.
     */
    static final int SECONDS_PER_QUESTION = 20;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Messages messages;

    DueWords(Messages messages) {
        this.messages = messages;
    }

    /** Which course and time point it is for, such as "6 weeks after the start of your treatment on 5 January 2026". */
    String when(DueQuestionnaire due) {
        String start = DATE.format(due.courseStart());
        if (due.timepoint() == Timepoint.BASELINE) {
            return messages.get("qlink.when.baseline", start);
        }
        return messages.get(
                "qlink.when.followUp",
                messages.get("qlink.timepoint." + due.timepoint().id()),
                start);
    }

    /** The number of questions and about how many minutes they take. */
    String length(int questions) {
        int minutes = Math.max(1, Math.round(questions * SECONDS_PER_QUESTION / 60f));
        return messages.get(
                "qlink.length",
                questions == 1 ? messages.get("qlink.questions.one") : messages.get("qlink.questions.many", questions),
                minutes == 1 ? messages.get("qlink.minutes.one") : messages.get("qlink.minutes.many", minutes));
    }

    String answerBy(LocalDate lastDay) {
        return messages.get("qlink.answerBy", DATE.format(lastDay));
    }
}
