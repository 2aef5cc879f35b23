package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentDecisionTest {
    static final Instant T = Instant.parse("2026-03-03T10:00:00Z");

    @Test
    void theDefaultIsDenyWithNoEntryToPointAt() {
        ConsentDecision d = ConsentLedger.empty()
                .decide(Recipient.organisation("org-aurora-house"), InformationCategory.HEALTH, Purpose.REFERRAL, T);
        assertFalse(d.isPermitted());
        assertTrue(d.getEntry().isEmpty());
        assertTrue(d.getSince().isEmpty());
        assertEquals(
                "organisation org-aurora-house may not receive health for referral at 2026-03-03T10:00:00Z: no grant",
                d.explain());
        assertEquals(d.explain(), d.toString());
    }

    @Test
    void carriesWhatWasAsked() {
        ConsentDecision d = ConsentLedger.empty()
                .decide(Recipient.member("m-jo"), InformationCategory.LEGAL, Purpose.COORDINATION, T);
        assertEquals(Recipient.member("m-jo"), d.getRecipient());
        assertEquals(InformationCategory.LEGAL, d.getCategory());
        assertEquals(Purpose.COORDINATION, d.getPurpose());
        assertEquals(T, d.getAt());
    }

    @Test
    void decisionsAreValuesComparedByWhatTheySay() {
        ConsentLedger ledger = ConsentLedger.of(List.of(ConsentLedgerTest.shelterGrant("c-1", T)));
        ConsentDecision a = ledger.decide(ConsentLedgerTest.SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, T);
        ConsentDecision b = ledger.decide(ConsentLedgerTest.SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, T);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(
                a,
                ledger.decide(
                        ConsentLedgerTest.SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, T.plusSeconds(1)));
    }
}
