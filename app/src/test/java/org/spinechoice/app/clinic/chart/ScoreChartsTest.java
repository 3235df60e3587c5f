package org.spinechoice.app.clinic.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PlacedTimepoint;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

class ScoreChartsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final ScoreCharts charts = new ScoreCharts(Messages.english(), OptionId::id);
    private final TreatmentCourse course = course(START);

    @Test
    void anOdiChartDrawsItsResponseLineFromTheCourseBaselineAndSaysSo() {
        List<PromResponse> responses = List.of(
                nrsOrOdi(Instrument.ODI, START, Timepoint.BASELINE, 4), // every section 4 of 5: ODI 80
                nrsOrOdi(Instrument.ODI, START.plusDays(42), Timepoint.SIX_WEEKS, 2));

        ScoreChart chart = only(charts.of(responses, List.of(course)));

        assertThat(chart.id()).isEqualTo("chart-odi");
        assertThat(chart.series())
                .singleElement()
                .satisfies(series -> assertThat(series.points())
                        .extracting(point -> point.label().orElseThrow())
                        .containsExactly("80", "40"));
        assertThat(chart.responseLines()).singleElement().satisfies(line -> {
            assertThat(line.y()).isEqualTo(chart.geometry().y(BigDecimal.valueOf(56)));
            assertThat(line.x1()).isEqualTo(chart.geometry().x(START));
        });
        assertThat(chart.captions())
                .anyMatch(caption -> caption.contains("fall of at least 30%"))
                .anyMatch(caption -> caption.contains("baseline 80 on 2026-01-05, so the response line is at 56"));
        assertThat(chart.description())
                .contains("80 on 2026-01-05, 40 on 2026-02-16")
                .contains("56");
    }

    @Test
    void aZcqChartHasTwoSeriesTwoLinesALegendAndTheCheckingNote() {
        List<PromResponse> responses =
                List.of(zcq(START, Timepoint.BASELINE, 4, 3), zcq(START.plusDays(91), Timepoint.THREE_MONTHS, 2, 2));

        ScoreChart chart = only(charts.of(responses, List.of(course)));

        assertThat(chart.series())
                .extracting(ScoreChart.Series::name)
                .containsExactly("Symptom severity", "Physical function");
        assertThat(chart.series()).extracting(ScoreChart.Series::marker).containsExactly("circle", "square");
        assertThat(chart.responseLines())
                .extracting(ScoreChart.ResponseLine::label)
                .containsExactly("response line 3.5", "response line 2.5");
        assertThat(chart.captions())
                .anyMatch(caption -> caption.contains("marked for checking"))
                .anyMatch(caption -> caption.contains("dashed line, square points"));
        assertThat(chart.scoreTicks()).extracting(Tick::label).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void withoutACourseBaselineNoLineIsDrawnAndTheCaptionSaysWhy() {
        List<PromResponse> responses = List.of(nrsOrOdi(Instrument.NRS_LEG, START.plusDays(50), Timepoint.OTHER, 7));

        ScoreChart chart = only(charts.of(responses, List.of(course)));

        assertThat(chart.responseLines()).isEmpty();
        assertThat(chart.captions()).anyMatch(caption -> caption.startsWith("No course has a baseline"));
    }

    @Test
    void aBaselineWithLittleRoomToImproveGetsNoLine() {
        List<PromResponse> responses = List.of(nrsOrOdi(Instrument.NRS_BACK, START, Timepoint.BASELINE, 2));

        ScoreChart chart = only(charts.of(responses, List.of(course)));

        assertThat(chart.responseLines()).isEmpty();
        assertThat(chart.captions()).anyMatch(caption -> caption.contains("leaves little room to improve"));
    }

    @Test
    void beyondTwentyFourPointsOnlyTheFirstAndLastAreLabelledButAllAreDrawn() {
        List<PromResponse> responses = new ArrayList<>();
        for (int week = 0; week < 40; week++) {
            responses.add(nrsOrOdi(Instrument.NRS_BACK, START.plusWeeks(week), Timepoint.OTHER, week % 11));
        }

        ScoreChart chart = only(charts.of(responses, List.of()));

        List<ScoreChart.Point> points = chart.series().get(0).points();
        assertThat(points).hasSize(40);
        assertThat(points.stream().filter(point -> point.label().isPresent())).hasSize(2);
    }

    @Test
    void eachInstrumentGetsItsOwnChartInTheOrderOfTheInstruments() {
        List<PromResponse> responses = List.of(
                nrsOrOdi(Instrument.NRS_LEG, START, Timepoint.BASELINE, 6),
                nrsOrOdi(Instrument.ODI, START, Timepoint.BASELINE, 3));

        assertThat(charts.of(responses, List.of(course)))
                .extracting(ScoreChart::id)
                .containsExactly("chart-odi", "chart-nrs-leg");
    }

    private static ScoreChart only(List<ScoreChart> charts) {
        assertThat(charts).hasSize(1);
        return charts.get(0);
    }

    private static PromResponse nrsOrOdi(Instrument instrument, LocalDate takenOn, Timepoint timepoint, int answer) {
        Map<String, Integer> answers = new HashMap<>();
        instrument.itemIds().forEach(item -> answers.put(item, answer));
        return response(instrument, takenOn, timepoint, answers);
    }

    private static PromResponse zcq(LocalDate takenOn, Timepoint timepoint, int symptoms, int function) {
        Map<String, Integer> answers = new HashMap<>();
        for (String item : Instrument.ZCQ.itemIds()) {
            if (item.startsWith("zcq-s")) {
                answers.put(item, symptoms);
            } else if (item.startsWith("zcq-f")) {
                answers.put(item, function);
            }
        }
        return response(Instrument.ZCQ, takenOn, timepoint, answers);
    }

    private static PromResponse response(
            Instrument instrument, LocalDate takenOn, Timepoint timepoint, Map<String, Integer> answers) {
        return new PromResponse(
                "response-" + IDS.incrementAndGet(),
                "patient",
                Optional.of("course"),
                instrument,
                takenOn,
                new PlacedTimepoint(timepoint, false),
                answers,
                (PromScore.Scored) PromScoring.score(instrument, answers),
                "spinechoice-1",
                ResponseSource.CLINIC,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(IDS.get()));
    }

    private static TreatmentCourse course(LocalDate start) {
        return new TreatmentCourse(
                "course",
                "patient",
                OptionId.PROLOTHERAPY,
                SpinalRegion.LUMBAR,
                Optional.empty(),
                start,
                4,
                4,
                CourseStatus.ACTIVE,
                Optional.empty(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
