package org.spinechoice.app.clinic.outcomepage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinechoice.app.clinic.outcome.ClaimCheckWords;
import org.spinechoice.app.clinic.outcome.OptionOutcome;
import org.spinechoice.app.clinic.outcome.OutcomeReport;
import org.spinechoice.app.clinic.outcome.OutcomesService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.Source;
import org.spinechoice.outcome.ClaimCheck;
import org.spinechoice.outcome.ClaimCheckResult;
import org.spinechoice.outcome.ClaimMeasure;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.OptionId;

/**
 * Every claim with a figure about a treatment the clinic has courses on, checked under the instrument its figure
 * measured, whichever instrument the page shows: the service checks a claim only in the report of its own
 * instrument, so the reports of the other instruments the claims name are read too, one audited call each. Claims
 * whose figure the clinic has no measure for come with every report. Thread-safe.
 */
final class ClaimChecks {

    private final OutcomesService outcomes;
    private final EvidenceBase evidence;
    private final ClaimCheckWords words;
    private final Messages messages;

    ClaimChecks(OutcomesService outcomes, EvidenceBase evidence, ClaimCheckWords words, Messages messages) {
        this.outcomes = outcomes;
        this.evidence = evidence;
        this.words = words;
        this.messages = messages;
    }

    List<ClaimCheckView> of(Actor actor, OutcomeReport shown) {
        Map<Instrument, OutcomeReport> reports = new EnumMap<>(Instrument.class);
        reports.put(shown.instrument(), shown);
        for (Map.Entry<Instrument, Timepoint> measured :
                claimedInstruments(shown.instrument()).entrySet()) {
            reports.put(measured.getKey(), read(actor, measured.getKey(), measured.getValue(), shown));
        }
        Set<OptionId> withCourses = new LinkedHashSet<>();
        reports.values()
                .forEach(report -> report.options()
                        .forEach(option -> withCourses.add(option.option().id())));
        List<ClaimCheckView> views = new ArrayList<>();
        for (OptionEvidence option : evidence.options()) {
            if (!withCourses.contains(option.id())) {
                continue;
            }
            for (Claim claim : option.claims()) {
                if (claim.figure().isPresent()) {
                    OutcomeReport report = claim.outcome()
                            .flatMap(ClaimMeasure::of)
                            .map(measure -> reports.get(measure.instrument()))
                            .orElse(shown);
                    views.add(view(option, checkIn(report, option.id(), claim)));
                }
            }
        }
        return views;
    }

    /** The instruments other than {@code shown} that claimed figures measured, each with a time point to ask for. */
    private Map<Instrument, Timepoint> claimedInstruments(Instrument shown) {
        Map<Instrument, Timepoint> measured = new EnumMap<>(Instrument.class);
        for (OptionEvidence option : evidence.options()) {
            for (Claim claim : option.claims()) {
                claim.outcome()
                        .flatMap(ClaimMeasure::of)
                        .filter(measure -> measure.instrument() != shown)
                        .ifPresent(measure -> measured.putIfAbsent(measure.instrument(), measure.timepoint()));
            }
        }
        return measured;
    }

    private OutcomeReport read(Actor actor, Instrument instrument, Timepoint timepoint, OutcomeReport shown) {
        Outcome<Map<Timepoint, OutcomeReport>> read =
                outcomes.reports(actor, instrument, List.of(timepoint), shown.filter());
        if (read instanceof Outcome.Done<Map<Timepoint, OutcomeReport>> done) {
            return done.value().get(timepoint);
        }
        // The same filter was just accepted for the report shown; only a clinician removed in between gets here.
        throw new IllegalStateException("the outcomes filter was refused for " + instrument.id());
    }

    /**
     * The report's check of the claim; a treatment the report has no courses of has nothing to set beside it, which
     * core says as it says for any course list without a baseline.
     */
    private static ClaimCheckResult checkIn(OutcomeReport report, OptionId option, Claim claim) {
        return report.options().stream()
                .filter(found -> found.option().id() == option)
                .map(OptionOutcome::claimChecks)
                .flatMap(List::stream)
                .filter(check -> check.claim().equals(claim))
                .findFirst()
                .orElseGet(() -> ClaimCheck.check(claim, List.of(), report.minGroup()));
    }

    private ClaimCheckView view(OptionEvidence option, ClaimCheckResult check) {
        List<Source> sources = new ArrayList<>();
        check.claim().sourceIds().forEach(id -> option.source(id).ifPresent(sources::add));
        String claimed = Figures.claimed(check.claimedFigure());
        Optional<String> clinicFigure = check.observed()
                .map(observed -> messages.get("outcomesPage.claim.figure", Figures.rate(observed), check.followedUp()));
        return new ClaimCheckView(
                option.id().id(),
                option.name(),
                check.claim(),
                sources,
                claimed,
                words.measure(check),
                clinicFigure,
                check.verdict(),
                verdict(check, claimed, clinicFigure),
                words.caveats(check));
    }

    private String verdict(ClaimCheckResult check, String claimed, Optional<String> clinicFigure) {
        switch (check.verdict()) {
            case ABOVE:
            case WITHIN:
            case BELOW:
                return messages.get(
                        "outcomesPage.verdict." + check.verdict().id(), claimed, clinicFigure.orElseThrow());
            case TOO_FEW_TO_SAY:
                ClaimMeasure measure = check.measure().orElseThrow();
                return messages.get(
                        "outcomesPage.verdict.too-few-to-say",
                        check.followedUp(),
                        messages.get("clinic.timepoint." + measure.timepoint().id()),
                        OutcomesService.minGroup());
            default:
                return messages.get("outcomesPage.verdict.no-matching-measure");
        }
    }
}
