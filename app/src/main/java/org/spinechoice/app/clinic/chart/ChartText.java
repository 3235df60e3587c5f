package org.spinechoice.app.clinic.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.ScoreRange;
import org.spinechoice.vocabulary.OptionId;

/**
 * The words of one chart: the caption lines shown under it (scale, rule, baseline and response lines, legend, notes)
 * and the description read out in its place (every score with its date, then the response lines). Collected while
 * the chart is drawn; not thread-safe, one per chart.
 */
final class ChartText {

    private final Messages messages;
    private final Optional<ResponderRule> rule;
    private final List<String> captions = new ArrayList<>();
    private final List<String> scores = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    ChartText(
            Messages messages,
            ScoreRange range,
            Optional<ResponderRule> rule,
            Optional<TreatmentCourse> course,
            Function<OptionId, String> optionNames) {
        this.messages = messages;
        this.rule = rule;
        String scale = rule.map(found ->
                        "clinic.chart.scale." + found.improvement().name().toLowerCase(Locale.ROOT))
                .orElse("clinic.chart.scale");
        captions.add(messages.get(scale, range.min(), range.max()));
        captions.add(rule.map(found -> messages.get("clinic.chart.rule." + found.id()))
                .orElseGet(() -> messages.get("clinic.chart.rule.none")));
        if (rule.isPresent()) {
            captions.add(course.map(found ->
                            messages.get("clinic.chart.course", optionNames.apply(found.option()), found.startDate()))
                    .orElseGet(() -> messages.get("clinic.chart.noBaseline")));
        }
    }

    /** Writes a score as the scoring rules give it, without trailing zeros: 35.6, 3.14, 12. */
    static String number(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }

    /** Lists a series' scores with their dates for the description. */
    void series(String name, List<PromResponse> responses, Function<PromResponse, Optional<BigDecimal>> value) {
        String points = responses.stream()
                .filter(response -> value.apply(response).isPresent())
                .map(response -> messages.get(
                        "clinic.chart.point", number(value.apply(response).orElseThrow()), response.takenOn()))
                .collect(Collectors.joining(", "));
        scores.add(messages.get("clinic.chart.points", name, points));
    }

    /**
     * Says where a series' response line is, from its course baseline, and returns its score when the line can be
     * drawn: when the baseline leaves room to improve and the line falls on the scale.
     */
    Optional<BigDecimal> responseLine(String name, Optional<BigDecimal> baseline, LocalDate takenOn, ScoreRange range) {
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (baseline.isEmpty()) {
            add(messages.get("clinic.chart.noSeriesBaseline", name));
            return Optional.empty();
        }
        BigDecimal from = baseline.get();
        if (!rule.get().leavesRoomToImprove(from)) {
            add(messages.get("clinic.chart.littleRoom", name, number(from)));
            return Optional.empty();
        }
        BigDecimal threshold = rule.get().threshold(from);
        if (!range.contains(threshold)) {
            add(messages.get("clinic.chart.offScale", name, number(from), takenOn, number(threshold)));
            return Optional.empty();
        }
        add(messages.get("clinic.chart.line", name, number(from), takenOn, number(threshold)));
        return Optional.of(threshold);
    }

    /** The label of a response line drawn on the chart. */
    String lineLabel(BigDecimal threshold) {
        return messages.get("clinic.chart.lineLabel", number(threshold));
    }

    /** Says which line and marker stand for which series, when there is more than one. */
    void legend(String name, SeriesStyle style) {
        captions.add(messages.get(style.legendKey(), name));
    }

    /** A caution that comes with the scores, such as the mJOA's structure note. */
    void note(String note) {
        captions.add(note);
    }

    List<String> captions() {
        return List.copyOf(captions);
    }

    String description() {
        List<String> all = new ArrayList<>(scores);
        all.addAll(lines);
        return String.join(" ", all);
    }

    private void add(String line) {
        captions.add(line);
        lines.add(line);
    }
}
