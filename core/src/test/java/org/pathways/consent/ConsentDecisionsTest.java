package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentDecisionsTest {
    static final Instant T = Instant.parse("2026-03-03T10:00:00Z");

    @Test
    void decidesEachCategoryInTheOrderOfTheCategories() {
        ConsentLedger ledger = ConsentLedger.of(List.of(ConsentLedgerTest.shelterGrant("c-1", T)));
        ConsentDecisions d = ledger.decide(
                ConsentLedgerTest.SHELTER,
                EnumSet.of(InformationCategory.HEALTH, InformationCategory.IDENTITY),
                Purpose.REFERRAL,
                T);
        assertEquals(
                List.of(InformationCategory.IDENTITY, InformationCategory.HEALTH),
                d.getDecisions().stream().map(ConsentDecision::getCategory).toList());
        assertEquals(
                d,
                ledger.decide(
                        ConsentLedgerTest.SHELTER,
                        EnumSet.of(InformationCategory.IDENTITY, InformationCategory.HEALTH),
                        Purpose.REFERRAL,
                        T));
    }

    @Test
    void nothingAskedIsEverythingPermitted() {
        ConsentDecisions d = ConsentLedger.empty()
                .decide(ConsentLedgerTest.SHELTER, EnumSet.noneOf(InformationCategory.class), Purpose.REFERRAL, T);
        assertTrue(d.isPermitted());
        assertTrue(d.getPermitted().isEmpty());
        assertEquals("", d.explainDenied());
    }
}
