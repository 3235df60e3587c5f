package org.spinechoice.app.clinic.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.CourseBaseline;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.ScoreRange;
import org.spinechoice.prom.SubscaleScore;
import org.spinechoice.prom.TimedResponse;
import org.spinechoice.prom.ZurichClaudicationQuestionnaire;
import org.spinechoice.vocabulary.OptionId;

/**
 * Draws a patient's charts: one per instrument they have answered, each score over time, with the response line of
 * the instrument's {@link ResponderRule} from the baseline of their newest course that has one. The ZCQ has two
 * series, symptom severity and physical function, and a line for each. Thread-safe.
 */
public final class ScoreCharts {

    private static final String SCORE = "score";

    private final Messages messages;
    private final Function<OptionId, String> optionNames;

    public ScoreCharts(Messages messages, Function<OptionId, String> optionNames) {
        this.messages = messages;
        this.optionNames = optionNames;
    }

    /** The charts of a patient's responses (any order), against their courses, newest first. */
    public List<ScoreChart> of(List<PromResponse> responses, List<TreatmentCourse> courses) {
        List<ScoreChart> charts = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            List<PromResponse> answered = responses.stream()
                    .filter(response -> response.instrument() == instrument)
                    .sorted(Comparator.comparing(PromResponse::takenOn).thenComparing(PromResponse::createdAt))
                    .toList();
            if (!answered.isEmpty()) {
                charts.add(chart(instrument, answered, reference(answered, courses)));
            }
        }
        return charts;
    }

    /** The newest course with a baseline for the instrument, and that baseline. */
    private record Reference(TreatmentCourse course, PromResponse baseline) {}

    private static Optional<Reference> reference(List<PromResponse> answered, List<TreatmentCourse> courses) {
        // CourseBaseline breaks a tie of two baselines on one day by the order they were received.
        List<TimedResponse<PromResponse>> timed = answered.stream()
                .sorted(Comparator.comparing(PromResponse::createdAt))
                .map(response ->
                        new TimedResponse<>(response, response.timepoint().timepoint(), response.takenOn()))
                .toList();
        for (TreatmentCourse course : courses) {
            Optional<TimedResponse<PromResponse>> baseline = CourseBaseline.choose(timed, course.startDate());
            if (baseline.isPresent()) {
                return Optional.of(new Reference(course, baseline.get().id()));
            }
        }
        return Optional.empty();
    }

    private ScoreChart chart(Instrument instrument, List<PromResponse> answered, Optional<Reference> reference) {
        Optional<LocalDate> courseStart = reference.map(found -> found.course().startDate());
        LocalDate first = answered.get(0).takenOn();
        LocalDate earliest = courseStart.filter(start -> start.isBefore(first)).orElse(first);
        LocalDate latest = answered.get(answered.size() - 1).takenOn();
        ScoreRange range = range(instrument, answered.get(0).score());
        ChartGeometry geometry =
                ChartGeometry.of(BigDecimal.valueOf(range.min()), BigDecimal.valueOf(range.max()), earliest, latest);
        ChartText text = new ChartText(
                messages, range, ResponderRule.of(instrument), reference.map(Reference::course), optionNames);
        List<ScoreChart.Series> series = new ArrayList<>();
        List<ScoreChart.ResponseLine> lines = new ArrayList<>();
        List<String> scales = scales(instrument);
        for (int index = 0; index < scales.size(); index++) {
            String scale = scales.get(index);
            Function<PromResponse, Optional<BigDecimal>> value = response -> value(response, scale);
            String name = scales.size() == 1
                    ? messages.get("clinic.instrument." + instrument.id())
                    : messages.get("clinic.chart.subscale." + scale);
            SeriesStyle style = SeriesStyle.of(index);
            series.add(SeriesPlot.of(geometry, name, style, answered, value));
            text.series(name, answered, value);
            if (reference.isPresent()) {
                PromResponse baseline = reference.get().baseline();
                text.responseLine(name, value.apply(baseline), baseline.takenOn(), range)
                        .map(threshold -> SeriesPlot.responseLine(
                                geometry, threshold, courseStart.orElseThrow(), style, text.lineLabel(threshold)))
                        .ifPresent(lines::add);
            }
            if (scales.size() > 1) {
                text.legend(name, style);
            }
        }
        answered.get(answered.size() - 1).score().note().ifPresent(text::note);
        return new ScoreChart(
                "chart-" + instrument.id(),
                instrument,
                messages.get("clinic.chart.title", instrument.title()),
                text.description(),
                geometry,
                geometry.scoreTicks(),
                geometry.dateTicks(),
                series,
                lines,
                text.captions());
    }

    /** The ZCQ's two subscales its responder rule looks at, or the one score of any other instrument. */
    private static List<String> scales(Instrument instrument) {
        return instrument == Instrument.ZCQ
                ? List.of(
                        ZurichClaudicationQuestionnaire.SYMPTOM_SEVERITY,
                        ZurichClaudicationQuestionnaire.PHYSICAL_FUNCTION)
                : List.of(SCORE);
    }

    private static Optional<BigDecimal> value(PromResponse response, String scale) {
        PromScore.Scored score = response.score();
        if (scale.equals(SCORE)) {
            return score.score();
        }
        return score.subscales().stream()
                .filter(subscale -> subscale.id().equals(scale))
                .findFirst()
                .flatMap(SubscaleScore::mean);
    }

    /** The instrument's range; the ZCQ, which has no total, spans the answers its items allow (1 to 5). */
    private static ScoreRange range(Instrument instrument, PromScore.Scored score) {
        return score.range()
                .orElseGet(() -> new ScoreRange(
                        instrument.items().stream().mapToInt(Item::min).min().orElseThrow(),
                        instrument.items().stream().mapToInt(Item::max).max().orElseThrow()));
    }
}
