package org.spinechoice.app.clinic.wording;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.app.prom.QuestionnaireImport;
import org.spinechoice.app.prom.QuestionnaireWording;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.Instrument;

/**
 * The questionnaire wording each clinic uses: a licensed one it imported (a FHIR R4 Questionnaire), or else ours.
 * Importing makes the new wording the one in use and keeps the one before for the version history; going back to ours
 * takes the imported one out of use. Each change is one transaction with its audit entry. Reading which wording is in
 * use reads no patient data and is not audited. Thread-safe.
 */
public final class QuestionnaireWordingService {

    static final String ENTITY = "questionnaire-wording";

    private final Jdbi jdbi;
    private final JdbcQuestionnaireWordingRepository wordings;
    private final SpineChoiceWording ours;
    private final QuestionnaireImport importer;
    private final AuditLog audit;
    private final Clock clock;
    // A stored wording never changes, so each is read (with HAPI FHIR, which is slow) once per node.
    private final Map<String, QuestionnaireWording> parsed = new ConcurrentHashMap<>();

    public QuestionnaireWordingService(
            Jdbi jdbi,
            JdbcQuestionnaireWordingRepository wordings,
            SpineChoiceWording ours,
            QuestionnaireImport importer,
            AuditLog audit,
            Clock clock) {
        this.jdbi = jdbi;
        this.wordings = wordings;
        this.ours = ours;
        this.importer = importer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The wording patients see: the clinic's licensed one in use, else ours; empty for an mJOA without an import. */
    public Optional<QuestionnaireWording> inUse(String clinicId, Instrument instrument) {
        return jdbi.withHandle(handle ->
                        wordings.active(handle, clinicId, instrument).map(stored -> read(handle, clinicId, stored)))
                .or(() -> ours.of(instrument));
    }

    /** The wording with this version: ours, or one the clinic imported, whether in use or replaced since. */
    public Optional<QuestionnaireWording> ofVersion(String clinicId, Instrument instrument, String version) {
        if (version.equals(SpineChoiceWording.VERSION)) {
            return ours.of(instrument);
        }
        return jdbi.withHandle(handle -> wordings.byVersion(handle, clinicId, instrument, version)
                .map(stored -> read(handle, clinicId, stored)));
    }

    /** Every instrument, in the order of {@link Instrument}, with the clinic's licensed wording of it in use. */
    public List<InstrumentWording> overview(String clinicId) {
        List<StoredWording> inUse =
                history(clinicId).stream().filter(StoredWording::active).toList();
        return Arrays.stream(Instrument.values())
                .map(instrument -> new InstrumentWording(
                        instrument,
                        inUse.stream()
                                .filter(stored -> stored.instrument() == instrument)
                                .findFirst()))
                .toList();
    }

    /** Every wording the clinic imported, newest first, in use or not. */
    public List<StoredWording> history(String clinicId) {
        return jdbi.withHandle(handle -> wordings.ofClinic(handle, clinicId));
    }

    /**
     * Reads a licensed wording and makes it the one in use. Importing a version the clinic already has makes it the
     * one in use again when its text is the same, and is refused when it differs: a version names one text.
     */
    public Outcome<StoredWording> importWording(Actor actor, Instrument instrument, String questionnaireJson) {
        actor.requireStaff();
        QuestionnaireImport.Outcome read = importer.read(instrument, questionnaireJson);
        if (read instanceof QuestionnaireImport.Rejected rejected) {
            return new Outcome.Refused<>(
                    "This file cannot be used as the wording of " + instrument.title() + ".", rejected.problems());
        }
        QuestionnaireWording wording = ((QuestionnaireImport.Accepted) read).wording();
        if (wording.version().length() > StoredWording.MAX_VERSION_LENGTH) {
            return Outcome.refused(
                    "version",
                    "url and version together are longer than " + StoredWording.MAX_VERSION_LENGTH
                            + " characters; use a shorter version or url");
        }
        Outcome<StoredWording> outcome = jdbi.inTransaction(handle -> store(handle, actor, wording, questionnaireJson));
        if (outcome instanceof Outcome.Done<StoredWording> done) {
            parsed.put(done.value().id(), wording);
        }
        return outcome;
    }

    /** Takes the clinic's licensed wording of the instrument out of use; false when none was in use. */
    public boolean useOurs(Actor actor, Instrument instrument) {
        actor.requireStaff();
        return jdbi.inTransaction(handle -> {
            Optional<StoredWording> inUse = wordings.active(handle, actor.clinicId(), instrument);
            if (inUse.isEmpty()) {
                return false;
            }
            audit.append(handle, actor.settingUpdated(ENTITY, inUse.get().id()));
            wordings.deactivate(handle, actor.clinicId(), instrument);
            return true;
        });
    }

    private Outcome<StoredWording> store(Handle handle, Actor actor, QuestionnaireWording wording, String resource) {
        Instrument instrument = wording.instrument();
        Optional<StoredWording> same = wordings.byVersion(handle, actor.clinicId(), instrument, wording.version());
        if (same.isPresent()
                && !wordings.resource(handle, actor.clinicId(), same.get().id()).equals(resource)) {
            return Outcome.refused(
                    "version",
                    "your clinic already has a different wording of " + instrument.id() + " with the version \""
                            + wording.version() + "\"; stored answers name their version, so give this one its own");
        }
        StoredWording stored = same.map(StoredWording::activated)
                .orElseGet(() -> new StoredWording(
                        UUID.randomUUID().toString(), instrument, wording.version(), DbTime.now(clock), true));
        // The entry goes first: appending locks the clinic's audit head, so two admins changing wording take turns.
        audit.append(
                handle,
                same.isPresent()
                        ? actor.settingUpdated(ENTITY, stored.id())
                        : actor.settingCreated(ENTITY, stored.id()));
        wordings.deactivate(handle, actor.clinicId(), instrument);
        if (same.isPresent()) {
            wordings.activate(handle, actor.clinicId(), stored.id());
        } else {
            wordings.insert(handle, actor.clinicId(), stored, resource);
        }
        return new Outcome.Done<>(stored);
    }

    private QuestionnaireWording read(Handle handle, String clinicId, StoredWording stored) {
        return parsed.computeIfAbsent(stored.id(), id -> {
            QuestionnaireImport.Outcome read =
                    importer.read(stored.instrument(), wordings.resource(handle, clinicId, id));
            if (read instanceof QuestionnaireImport.Accepted accepted) {
                return accepted.wording();
            }
            throw new IllegalStateException("stored wording " + id + " no longer reads: "
                    + String.join("; ", ((QuestionnaireImport.Rejected) read).lines()));
        });
    }
}
