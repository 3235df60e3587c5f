package org.spinechoice.app.clinic.outcome;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.outcome.ClaimCheck;
import org.spinechoice.outcome.ClaimCheckResult;
import org.spinechoice.outcome.ClaimMeasure;
import org.spinechoice.outcome.CourseOutcome;
import org.spinechoice.outcome.GroupOutcome;
import org.spinechoice.outcome.OutcomeAnalysis;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.OptionId;

/**
 * A clinic's outcome figures per option, with the claims set beside them. Reads the maintained course outcomes in one
 * query per instrument and leaves every count and interval to core. Each call is one transaction with one audit entry
 * (the figures are made from patients' records). Thread-safe.
 */
public final class OutcomesService {

    static final String ENTITY = "outcomes";
    static final String NO_SUCH_CLINICIAN = "Your clinic has no member of staff with this id.";

    private final Jdbi jdbi;
    private final JdbcOutcomeRepository repository;
    private final EvidenceBase evidence;
    private final AuditLog audit;
    private final Clock clock;

    /** The smallest followed-up group whose figures are shown. */
    public static int minGroup() {
        return OutcomeAnalysis.MIN_GROUP;
    }

    public OutcomesService(
            Jdbi jdbi, JdbcOutcomeRepository repository, EvidenceBase evidence, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.repository = repository;
        this.evidence = evidence;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures at the query's time point. */
    public Outcome<OutcomeReport> report(Actor actor, OutcomeQuery query) {
        Outcome<Map<Timepoint, OutcomeReport>> reports =
                reports(actor, query.instrument(), List.of(query.timepoint()), query.filter());
        if (reports instanceof Outcome.Done<Map<Timepoint, OutcomeReport>> done) {
            return new Outcome.Done<>(done.value().get(query.timepoint()));
        }
        if (reports instanceof Outcome.Refused<Map<Timepoint, OutcomeReport>> refused) {
            return new Outcome.Refused<>(refused.detail(), refused.errors());
        }
        throw new IllegalStateException("outcome figures have no record to miss");
    }

    /**
     * The figures at each of {@code timepoints}, read once. A claim is checked under the instrument it matches at its
     * own matching time point, whatever time point is asked for; a claim the clinic has no measure for is listed under
     * every instrument as having none. A clinician the clinic does not have is refused, not answered with nothing.
     */
    public Outcome<Map<Timepoint, OutcomeReport>> reports(
            Actor actor, Instrument instrument, List<Timepoint> timepoints, OutcomeFilter filter) {
        actor.requireStaff();
        OutcomeAnalysis.ruleOf(instrument);
        return jdbi.inTransaction(handle -> {
            if (filter.clinicianId().isPresent()
                    && !repository.isClinicStaff(
                            handle, actor.clinicId(), filter.clinicianId().get())) {
                return new Outcome.Refused<>(
                        NO_SUCH_CLINICIAN, List.of(new Problem.FieldError("clinician", NO_SUCH_CLINICIAN)));
            }
            Instant asOf = clock.instant();
            Map<OptionId, List<CourseOutcome>> courses =
                    repository.byOption(handle, actor.clinicId(), instrument, filter);
            audit.append(handle, actor.listed(ENTITY, Optional.empty()));
            Map<Timepoint, OutcomeReport> reports = new EnumMap<>(Timepoint.class);
            for (Timepoint timepoint : timepoints) {
                List<OptionOutcome> options = new ArrayList<>();
                for (OptionEvidence option : evidence.options()) {
                    List<CourseOutcome> ofOption = courses.get(option.id());
                    if (ofOption == null) {
                        continue;
                    }
                    GroupOutcome figures =
                            OutcomeAnalysis.analyse(ofOption, instrument, timepoint, OutcomeAnalysis.MIN_GROUP);
                    options.add(new OptionOutcome(option, figures, claimChecks(option, instrument, ofOption)));
                }
                reports.put(
                        timepoint,
                        new OutcomeReport(
                                instrument,
                                timepoint,
                                OutcomeAnalysis.ruleOf(instrument),
                                OutcomeAnalysis.MIN_GROUP,
                                filter,
                                asOf,
                                options));
            }
            return new Outcome.Done<>(reports);
        });
    }

    private static List<ClaimCheckResult> claimChecks(
            OptionEvidence option, Instrument instrument, List<CourseOutcome> courses) {
        List<ClaimCheckResult> checks = new ArrayList<>();
        for (Claim claim : option.claims()) {
            if (claim.figure().isEmpty()) {
                continue;
            }
            Optional<ClaimMeasure> measure = claim.outcome().flatMap(ClaimMeasure::of);
            if (measure.isEmpty() || measure.get().instrument() == instrument) {
                checks.add(ClaimCheck.check(claim, courses, OutcomeAnalysis.MIN_GROUP));
            }
        }
        return checks;
    }
}
