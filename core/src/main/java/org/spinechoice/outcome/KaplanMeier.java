package org.spinechoice.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan–Meier product-limit estimate with Greenwood's variance (Kaplan and Meier 1958; Greenwood 1926).
 *
 * <p>On a day with both events and censored times, the events are taken first: someone last seen on the day of
 * another's event was still at risk of it. The interval is computed on the log(−log) scale (Kalbfleisch and Prentice),
 * so it always lies within 0 to 1, which the plain "S ± 1.96 × SE" interval does not near the ends.
 */
public final class KaplanMeier {

    private KaplanMeier() {}

    public static List<SurvivalStep> estimate(List<TimeToEvent> times) {
        List<TimeToEvent> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparingInt(TimeToEvent::day));
        List<SurvivalStep> steps = new ArrayList<>();
        int atRisk = sorted.size();
        double survival = 1;
        double greenwoodSum = 0;
        int index = 0;
        while (index < sorted.size()) {
            int day = sorted.get(index).day();
            int events = 0;
            int censored = 0;
            while (index < sorted.size() && sorted.get(index).day() == day) {
                if (sorted.get(index).event()) {
                    events++;
                } else {
                    censored++;
                }
                index++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwoodSum += events == atRisk
                        ? Double.POSITIVE_INFINITY
                        : (double) events / (atRisk * (double) (atRisk - events));
            }
            steps.add(step(day, atRisk, events, censored, survival, greenwoodSum));
            atRisk -= events + censored;
        }
        return List.copyOf(steps);
    }

    private static SurvivalStep step(int day, int atRisk, int events, int censored, double survival, double sum) {
        if (survival <= 0) {
            return new SurvivalStep(day, atRisk, events, censored, 0, 0, new Interval(0, 0));
        }
        if (sum == 0) {
            return new SurvivalStep(day, atRisk, events, censored, survival, 0, new Interval(survival, survival));
        }
        double standardError = survival * Math.sqrt(sum);
        double logLogError = Math.sqrt(sum) / Math.abs(Math.log(survival));
        double lower = Math.pow(survival, Math.exp(Confidence.Z * logLogError));
        double upper = Math.pow(survival, Math.exp(-Confidence.Z * logLogError));
        return new SurvivalStep(day, atRisk, events, censored, survival, standardError, new Interval(lower, upper));
    }
}
