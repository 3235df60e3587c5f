package org.spinechoice.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:15:30.123456Z");
    private static final AuditEvent EVENT =
            new AuditEvent("north", "user:u1", "read", "patient", "p1", Optional.of("p1"), "10.0.0.1");

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, EVENT))
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, EVENT))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditChain.hash(AuditChain.GENESIS, 1, AT, EVENT);
        List<String> changed = List.of(
                AuditChain.hash("1".repeat(64), 1, AT, EVENT),
                AuditChain.hash(AuditChain.GENESIS, 2, AT, EVENT),
                AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1_000), EVENT),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("south", "user:u1", "read", "patient", "p1", Optional.of("p1"), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u2", "read", "patient", "p1", Optional.of("p1"), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u1", "update", "patient", "p1", Optional.of("p1"), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u1", "read", "course", "p1", Optional.of("p1"), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u1", "read", "patient", "p2", Optional.of("p1"), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u1", "read", "patient", "p1", Optional.empty(), "10.0.0.1")),
                AuditChain.hash(
                        AuditChain.GENESIS,
                        1,
                        AT,
                        new AuditEvent("north", "user:u1", "read", "patient", "p1", Optional.of("p1"), "10.0.0.2")));

        assertThat(changed).doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditEvent split = new AuditEvent("north", "user:u1", "read", "patient", "p1", Optional.of("p1"), "10.0.0.1");
        AuditEvent shifted = new AuditEvent("north", "user:u1r", "ead", "patient", "p1", Optional.of("p1"), "10.0.0.1");

        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, split))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, shifted));
    }
}
