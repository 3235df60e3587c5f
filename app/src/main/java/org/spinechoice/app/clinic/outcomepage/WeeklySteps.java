package org.spinechoice.app.clinic.outcomepage;

import java.util.ArrayList;
import java.util.List;
import org.spinechoice.outcome.SurvivalStep;

/**
 * A Kaplan–Meier table by week rather than by day: at a large clinic nearly every day has a step, and a row or a path
 * point per day made the page half a megabyte. Each week keeps the patients at risk at its start, the responses and
 * last sightings within it, and the estimate at its end, shown on the week's last day.
 */
final class WeeklySteps {

    static final int DAYS = 7;

    private WeeklySteps() {}

    static List<SurvivalStep> of(List<SurvivalStep> daily) {
        List<SurvivalStep> weekly = new ArrayList<>();
        int index = 0;
        while (index < daily.size()) {
            int week = daily.get(index).day() / DAYS;
            int atRisk = daily.get(index).atRisk();
            int events = 0;
            int censored = 0;
            SurvivalStep last = daily.get(index);
            while (index < daily.size() && daily.get(index).day() / DAYS == week) {
                last = daily.get(index);
                events += last.events();
                censored += last.censored();
                index++;
            }
            weekly.add(new SurvivalStep(
                    week * DAYS + DAYS - 1,
                    atRisk,
                    events,
                    censored,
                    last.survival(),
                    last.standardError(),
                    last.ci()));
        }
        return List.copyOf(weekly);
    }
}
