package org.spinechoice.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditEvent;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.clinic.adverseevent.JdbcAdverseEventRepository;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.promresponse.JdbcPromResponseRepository;
import org.spinechoice.app.clinic.session.JdbcSessionRepository;

/**
 * Fills the demo clinic with synthetic patients ({@link DemoGenerator}) through the clinic's own repositories, as JDBC
 * batches, one transaction per {@value #PATIENTS_PER_TRANSACTION} patients. A load writes one audit entry, in the
 * transaction of its last patients, rather than one per record: the records are made up, and a million entries would
 * bury the clinic's real ones. Thread-safe.
 */
public final class DemoLoader {

    /** The demo clinic's id and name. */
    public static final String CLINIC_ID = "demo";

    public static final String CLINIC_NAME = "Demo";

    /** Who the audit entry names as having loaded the data. */
    static final String ACTOR = "demo-data-cli";

    static final String AUDIT_ENTITY = "demo-data";

    /** Patients per transaction: about 4,000 responses, so each JDBC batch stays in the low thousands of rows. */
    static final int PATIENTS_PER_TRANSACTION = 400;

    /**
     * The demo clinic's records, children before parents (the foreign keys), deleted in this order by a replacing
     * load. Its staff and its audit entries stay: the audit log is append-only, and its entries name patients by id
     * only ({@code audit_entry.patient_id} has no foreign key), so they outlive the records they speak of. A table
     * added later that refers to courses or patients (issue 5's outcome summary) is deleted here, first.
     */
    private static final List<String> RECORD_TABLES = List.of(
            "course_outcome",
            "prom_response",
            "adverse_event",
            "treatment_session",
            "patient_link",
            "treatment_course",
            "patient");

    private final Jdbi jdbi;
    private final JdbcPatientRepository patients = new JdbcPatientRepository();
    private final JdbcCourseRepository courses = new JdbcCourseRepository();
    private final JdbcSessionRepository sessions;
    private final JdbcAdverseEventRepository adverseEvents = new JdbcAdverseEventRepository();
    private final JdbcPromResponseRepository responses;
    private final AuditLog audit;

    public DemoLoader(Jdbi jdbi, ObjectMapper json, AuditLog audit) {
        this.jdbi = jdbi;
        this.sessions = new JdbcSessionRepository(json);
        this.responses = new JdbcPromResponseRepository(json);
        this.audit = audit;
    }

    /** How many patients the demo clinic has. */
    public long patientCount() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM patient WHERE clinic_id = :clinic")
                .bind("clinic", CLINIC_ID)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Loads the patients, deleting the clinic's records first when the load replaces them (in the same transaction
     * as the first patients), then runs {@code afterLoad} once, after the last commit: the place for work that reads
     * the whole load, such as rebuilding a summary table. A load that fails part-way keeps the transactions it
     * committed, without the audit entry (written with the last patients); the clinic then refuses another load
     * until it is run with {@code --replace}.
     */
    public DemoCounts load(DemoLoad load, LoadProgress progress, Runnable afterLoad) {
        DemoGenerator generator = new DemoGenerator(load.seed(), load.today());
        // One thread makes the next patients while this one writes the last: making them costs about as much CPU as
        // the database's work on them. The generator is only ever used by that one thread, in order, so a seed still
        // gives the same patients.
        ExecutorService making = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "demo-data-generator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            DemoCounts counts = DemoCounts.NONE;
            Future<List<DemoPatient>> next = making.submit(() -> make(generator, chunkAfter(0, load)));
            while (counts.patients() < load.patients()) {
                List<DemoPatient> chunk = done(next);
                long made = counts.patients() + chunk.size();
                if (made < load.patients()) {
                    next = making.submit(() -> make(generator, chunkAfter(made, load)));
                }
                DemoCounts after = counts;
                for (DemoPatient patient : chunk) {
                    after = after.plus(patient);
                }
                write(load, chunk, counts.patients() == 0, after);
                counts = after;
                progress.loaded(counts.patients(), counts.responses());
            }
            afterLoad.run();
            return counts;
        } finally {
            making.shutdownNow();
        }
    }

    /** One transaction: the chunk's records; first, a replacing load's deletion; last, the load's audit entry. */
    private void write(DemoLoad load, List<DemoPatient> chunk, boolean first, DemoCounts after) {
        boolean last = after.patients() == load.patients();
        jdbi.useTransaction(handle -> {
            if (first && load.replace()) {
                deleteRecords(handle);
            }
            insert(handle, chunk);
            if (last) {
                audit.append(handle, auditEvent(load, after));
            }
        });
    }

    private static int chunkAfter(long made, DemoLoad load) {
        return (int) Math.min(PATIENTS_PER_TRANSACTION, load.patients() - made);
    }

    private static List<DemoPatient> make(DemoGenerator generator, int count) {
        List<DemoPatient> chunk = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chunk.add(generator.next());
        }
        return chunk;
    }

    private static List<DemoPatient> done(Future<List<DemoPatient>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making demo patients", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("making demo patients failed", e.getCause());
        }
    }

    private void insert(Handle handle, List<DemoPatient> chunk) {
        patients.insertAll(handle, CLINIC_ID, all(chunk, patient -> List.of(patient.patient())));
        courses.insertAll(handle, CLINIC_ID, all(chunk, patient -> List.of(patient.course())));
        sessions.insertAll(handle, CLINIC_ID, all(chunk, DemoPatient::sessions));
        adverseEvents.insertAll(handle, CLINIC_ID, all(chunk, DemoPatient::adverseEvents));
        responses.insertAll(handle, CLINIC_ID, all(chunk, DemoPatient::responses));
    }

    private static void deleteRecords(Handle handle) {
        for (String table : RECORD_TABLES) {
            handle.createUpdate("DELETE FROM " + table + " WHERE clinic_id = :clinic")
                    .bind("clinic", CLINIC_ID)
                    .execute();
        }
    }

    /** What was loaded, in the entry's id (at most 64 characters): the seed and the main counts. */
    static AuditEvent auditEvent(DemoLoad load, DemoCounts counts) {
        return new AuditEvent(
                CLINIC_ID,
                ACTOR,
                load.replace() ? "replace" : "create",
                AUDIT_ENTITY,
                "seed=" + load.seed() + " patients=" + counts.patients() + " responses=" + counts.responses(),
                Optional.empty(),
                "command-line");
    }

    private static <T> List<T> all(List<DemoPatient> chunk, Function<DemoPatient, List<T>> records) {
        List<T> all = new ArrayList<>();
        for (DemoPatient patient : chunk) {
            all.addAll(records.apply(patient));
        }
        return all;
    }
}
