package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class ConsentRevocationTest {
    static final Instant T = Instant.parse("2026-03-09T15:00:00Z");

    static ConsentRevocation.Builder revocation() {
        return ConsentRevocation.builder()
                .id("c-3")
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(T);
    }

    @Test
    void withdrawsOneEntryOrEverythingFromOneRecipient() {
        assertEquals(Optional.of("c-1"), revocation().revokes("c-1").build().getRevokes());
        assertTrue(revocation()
                .recipient(Recipient.organisation("org-aurora-house"))
                .build()
                .getRevokes()
                .isEmpty());
    }

    @Test
    void namesEitherAnEntryOrARecipientNotBothOrNeither() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> revocation().build(),
                "consent[c-3].revokes",
                "either one entry or one recipient");
        Expect.rejects(
                InvalidPlanException.class,
                () -> revocation()
                        .revokes("c-1")
                        .recipient(Recipient.organisation("org-aurora-house"))
                        .build(),
                "consent[c-3].revokes",
                "either one entry or one recipient");
    }

    @Test
    void itsIdentifiersMustBeOnes() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> revocation().id("c 3").revokes("c-1").build(),
                "consent.id",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> revocation().recordedBy("Jo M.").revokes("c-1").build(),
                "consent[c-3].recordedBy",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> revocation().revokes("grant one").build(),
                "consent[c-3].revokes",
                "is not an identifier");
    }
}
