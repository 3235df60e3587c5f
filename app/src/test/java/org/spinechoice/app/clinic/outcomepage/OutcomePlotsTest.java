package org.spinechoice.app.clinic.outcomepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.clinic.outcome.OptionOutcome;
import org.spinechoice.app.clinic.outcome.OutcomeFilter;
import org.spinechoice.app.clinic.outcome.OutcomeReport;
import org.spinechoice.app.evidence.YamlEvidenceLoader;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.outcome.OutcomeAnalysis;
import org.spinechoice.outcome.Scores;
import org.spinechoice.outcome.SurvivalStep;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.OptionId;

/** The forest plot and the time-to-response chart, laid out from reports built in code. */
class OutcomePlotsTest {

    private static final EvidenceBase EVIDENCE = new YamlEvidenceLoader().loadFolder(TestApp.knowledgeFolder());
    private static final Messages MESSAGES = Messages.english();

    private final SurvivalPlots survivalPlots = new SurvivalPlots(MESSAGES);
    private final ForestPlots forestPlots = new ForestPlots(MESSAGES);

    @Test
    void eachCurveDiffersFromTheOthersByItsDashesAsWellAsItsColourAndIsNamedAtItsEnd() {
        // Both treatments end at the same share on the same day, so their names would sit on top of each other.
        OutcomeReport report = report(
                option(OptionId.PROLOTHERAPY, courses(6, 91, 6, 91)),
                option(OptionId.PHYSICAL_THERAPY, courses(6, 91, 6, 91)));

        SurvivalPlot plot = survivalPlots.of(report);

        assertThat(plot.curves()).hasSize(2);
        SurvivalPlot.Curve first = plot.curves().get(0);
        SurvivalPlot.Curve second = plot.curves().get(1);
        assertThat(first.dash()).isNotEqualTo(second.dash());
        assertThat(first.colour()).isNotEqualTo(second.colour());
        assertThat(first.label()).isEqualTo("Prolotherapy");
        assertThat(second.label()).isEqualTo("Physical therapy and supervised exercise");
        assertThat(Math.abs(first.labelY() - second.labelY())).isGreaterThanOrEqualTo(14);
        assertThat(plot.legend())
                .containsExactly("Prolotherapy: solid line.", "Physical therapy and supervised exercise: long dashes.");
    }

    @Test
    void theLineRisesOnlyOnDaysWithAResponseAndRunsOnToTheLastDayAnyoneWasSeen() {
        // 5 respond on day 50; 5 are last seen on day 100 without a response; 2 respond on day 200.
        List<CourseOutcome> courses = new ArrayList<>(courses(5, 50, 5, 100));
        courses.add(responded(200));
        courses.add(responded(200));
        SurvivalPlot plot = survivalPlots.of(report(option(OptionId.PROLOTHERAPY, courses)));

        SurvivalPlot.Curve curve = plot.curves().get(0);

        LinearScale days = new LinearScale(0, 407, 48, 624);
        LinearScale percent = new LinearScale(0, 1, 272, 14);
        // 5 of 12 by day 50 (41.7%); of the 2 still followed on day 200, both: everyone still counted responded. Steps
        // are drawn and listed at the end of their week: day 50 in days 49-55, 100 in 98-104, 200 in 196-202.
        assertThat(curve.path())
                .isEqualTo("M48.0 272.0 H" + svg(days.at(55)) + " V" + svg(percent.at(5 / 12.0)) + " H"
                        + svg(days.at(202)) + " V" + svg(percent.at(1)) + " H" + svg(days.at(202)));
        assertThat(curve.band())
                .startsWith("M48.0 272.0 H" + svg(days.at(55)) + " V")
                .endsWith(" H48.0 Z");
        assertThat(curve.steps()).extracting(SurvivalStep::day).containsExactly(55, 104, 202);
    }

    @Test
    void daysPastTheTwelveMonthWindowAreKeptInTheTableButNotDrawn() {
        List<CourseOutcome> courses = new ArrayList<>(courses(5, 91, 5, 365));
        courses.add(responded(450));

        SurvivalPlot.Curve curve = survivalPlots
                .of(report(option(OptionId.PROLOTHERAPY, courses)))
                .curves()
                .get(0);

        assertThat(curve.path()).endsWith(" H" + svg(new LinearScale(0, 407, 48, 624).at(407)));
        assertThat(curve.steps()).extracting(SurvivalStep::day).contains(454);
    }

    @Test
    void aGroupTooSmallForACurveIsNamedWithItsSizeInsteadOfDrawn() {
        SurvivalPlot plot = survivalPlots.of(report(
                option(OptionId.PROLOTHERAPY, courses(6, 91, 6, 91)),
                option(OptionId.ACUPUNCTURE, courses(4, 91, 5, 91))));

        assertThat(plot.curves()).extracting(SurvivalPlot.Curve::name).containsExactly("Prolotherapy");
        assertThat(plot.tooFew()).containsExactly("Acupuncture (9 patients)");
    }

    @Test
    void theForestPlotPlacesEachRateOnTheAxisAndListsGroupsTooSmallToPlot() {
        // At 3 months: 6 of 12 responded (50%); acupuncture has 9 followed up.
        ForestPlot plot = forestPlots.of(report(
                option(OptionId.PROLOTHERAPY, courses(6, 91, 6, 91)),
                option(OptionId.ACUPUNCTURE, courses(4, 91, 5, 91))));

        assertThat(plot.rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Prolotherapy: 50% (25\u201375%), n = 12");
            // Half way between the plot's left edge (16) and its right edge (520 - 24).
            assertThat(row.point()).isEqualTo(256.0);
            assertThat(row.lower()).isLessThan(row.point());
            assertThat(row.upper()).isGreaterThan(row.point());
        });
        assertThat(plot.tooFew()).containsExactly("Acupuncture (9 followed up)");
        assertThat(plot.description()).isEqualTo("Prolotherapy: 50% (25\u201375%), n = 12.");
        assertThat(plot.ticks())
                .extracting(tick -> tick.label())
                .containsExactly("0%", "20%", "40%", "60%", "80%", "100%");
    }

    /**
     * {@code responders} courses with an ODI baseline of 40 that fell to 20 on {@code responseDay}, and {@code others}
     * whose score stayed at 40 and who were last seen on {@code lastDay}.
     */
    private static List<CourseOutcome> courses(int responders, int responseDay, int others, int lastDay) {
        List<CourseOutcome> courses = new ArrayList<>();
        for (int index = 0; index < responders; index++) {
            courses.add(responded(responseDay));
        }
        for (int index = 0; index < others; index++) {
            courses.add(new CourseOutcome(
                    Optional.of(odi(40)), followUpAt(lastDay, odi(40)), OptionalInt.empty(), OptionalInt.of(lastDay)));
        }
        return courses;
    }

    private static CourseOutcome responded(int day) {
        return new CourseOutcome(
                Optional.of(odi(40)), followUpAt(day, odi(20)), OptionalInt.of(day), OptionalInt.of(day));
    }

    /** The follow-up at the time point whose window holds {@code day}, if any. */
    private static Map<Timepoint, Scores> followUpAt(int day, Scores scores) {
        for (Timepoint timepoint : Timepoint.values()) {
            if (timepoint.window().map(window -> window.contains(day)).orElse(false)) {
                return Map.of(timepoint, scores);
            }
        }
        return Map.of();
    }

    private static Scores odi(int score) {
        return Scores.of(BigDecimal.valueOf(score));
    }

    private record Group(OptionId option, List<CourseOutcome> courses) {}

    private static Group option(OptionId option, List<CourseOutcome> courses) {
        return new Group(option, courses);
    }

    private static OutcomeReport report(Group... groups) {
        List<OptionOutcome> options = new ArrayList<>();
        for (Group group : groups) {
            options.add(new OptionOutcome(
                    EVIDENCE.option(group.option()),
                    OutcomeAnalysis.analyse(
                            group.courses(), Instrument.ODI, Timepoint.THREE_MONTHS, OutcomeAnalysis.MIN_GROUP),
                    List.of()));
        }
        return new OutcomeReport(
                Instrument.ODI,
                Timepoint.THREE_MONTHS,
                ResponderRule.ODI_30_PERCENT,
                OutcomeAnalysis.MIN_GROUP,
                OutcomeFilter.ALL,
                Instant.parse("2026-03-01T10:00:00Z"),
                options);
    }

    private static String svg(double value) {
        return org.spinechoice.app.clinic.chart.ScoreChart.svg(value);
    }
}
