package org.spinechoice.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import org.spinechoice.app.platform.Secrets;

/**
 * The audit chain on both databases: appended entries verify; changing, removing or cutting off entries is found
 * and located; and several application nodes appending at once to one database keep one unbroken chain.
 */
class AuditChainIT {

    private static final AuditLog LOG = new AuditLog(Clock.systemUTC());

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUntouchedChainVerifies(DatabaseKind kind) {
        try (Database database = Database.open(TestApp.config(kind))) {
            Jdbi jdbi = clinics(database, "north", "south");
            appendMany(jdbi, "north", 5);
            appendMany(jdbi, "south", 3);

            AuditVerification result = new AuditVerifier(jdbi).verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.clinics()).isEqualTo(2);
            assertThat(result.entries()).isEqualTo(8);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChangedEntryIsFoundWhereItWasChanged(DatabaseKind kind) {
        try (Database database = Database.open(TestApp.config(kind))) {
            Jdbi jdbi = clinics(database, "north", "south");
            appendMany(jdbi, "north", 6);
            appendMany(jdbi, "south", 2);
            jdbi.useHandle(handle ->
                    handle.execute("UPDATE audit_entry SET action = 'export' WHERE clinic_id = 'north' AND seq = 3"));

            AuditVerification result = new AuditVerifier(jdbi).verify();

            assertThat(result.breaks()).singleElement().satisfies(found -> {
                assertThat(found.clinicId()).isEqualTo("north");
                assertThat(found.seq()).isEqualTo(3);
                assertThat(found.reason()).contains("changed");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRemovedEntryIsFound(DatabaseKind kind) {
        try (Database database = Database.open(TestApp.config(kind))) {
            Jdbi jdbi = clinics(database, "north");
            appendMany(jdbi, "north", 5);
            jdbi.useHandle(handle -> handle.execute("DELETE FROM audit_entry WHERE seq = 2"));

            AuditVerification result = new AuditVerifier(jdbi).verify();

            assertThat(result.breaks()).singleElement().satisfies(found -> {
                assertThat(found.seq()).isEqualTo(2);
                assertThat(found.reason()).contains("missing");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void entriesCutOffTheEndAreFoundThroughTheHead(DatabaseKind kind) {
        try (Database database = Database.open(TestApp.config(kind))) {
            Jdbi jdbi = clinics(database, "north");
            appendMany(jdbi, "north", 4);
            jdbi.useHandle(handle -> handle.execute("DELETE FROM audit_entry WHERE seq = 4"));

            AuditVerification result = new AuditVerifier(jdbi).verify();

            assertThat(result.breaks()).singleElement().satisfies(found -> {
                assertThat(found.seq()).isEqualTo(4);
                assertThat(found.reason()).contains("head says 4");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRewrittenChainStillFailsWhereItsHashesWereRecomputedWithoutTheEarlierOnes(DatabaseKind kind) {
        try (Database database = Database.open(TestApp.config(kind))) {
            Jdbi jdbi = clinics(database, "north");
            appendMany(jdbi, "north", 4);
            // Someone changes entry 2 and recomputes its own hash, but not the entries after it.
            jdbi.useHandle(handle -> {
                AuditEntry second = handle.createQuery("SELECT * FROM audit_entry WHERE seq = 2")
                        .map((row, ctx) -> AuditRows.entry(row))
                        .one();
                AuditEvent forged = new AuditEvent(
                        "north", "user:someone-else", "read", "patient", "p-1", Optional.empty(), "10.0.0.9");
                handle.createUpdate("UPDATE audit_entry SET actor = :actor, hash = :hash WHERE seq = 2")
                        .bind("actor", forged.actor())
                        .bind("hash", AuditChain.hash(second.previousHash(), 2, second.at(), forged))
                        .execute();
            });

            AuditVerification result = new AuditVerifier(jdbi).verify();

            assertThat(result.breaks()).singleElement().satisfies(found -> {
                assertThat(found.seq()).isEqualTo(2);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void twoNodesAppendingAtOnceKeepOneUnbrokenChain(DatabaseKind kind) throws Exception {
        AppConfig config = TestApp.config(kind);
        try (Database nodeA = Database.open(config);
                Database nodeB = Database.open(config)) {
            clinics(nodeA, "north");
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                Jdbi node = (writer % 2 == 0 ? nodeA : nodeB).jdbi();
                writers.add(threads.submit(() -> appendMany(node, "north", 25)));
            }
            for (Future<?> done : writers) {
                done.get();
            }
            threads.shutdown();

            AuditVerification result = new AuditVerifier(nodeB.jdbi()).verify();

            assertThat(result.intact()).as(result.breaks().toString()).isTrue();
            assertThat(result.entries()).isEqualTo(200);
        }
    }

    private static Jdbi clinics(Database database, String... ids) {
        AccountService accounts =
                new AccountService(database.jdbi(), new Passwords(), Secrets.strong(), Clock.systemUTC());
        for (String id : ids) {
            accounts.createClinic(id, "Clinic " + id);
        }
        return database.jdbi();
    }

    private static void appendMany(Jdbi jdbi, String clinicId, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            jdbi.useTransaction(handle -> LOG.append(
                    handle,
                    new AuditEvent(
                            clinicId,
                            "user:u-" + n,
                            n % 2 == 0 ? "read" : "update",
                            "patient",
                            "p-" + n,
                            Optional.of("p-" + n),
                            "127.0.0.1")));
        }
    }
}
