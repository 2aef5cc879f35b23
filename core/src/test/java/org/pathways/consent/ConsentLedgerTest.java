package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

/** The ledger's decisions, with examples from practice; every person and agency is fictional. */
class ConsentLedgerTest {
    static final Instant CALL = Instant.parse("2026-03-02T15:00:00Z");
    static final Recipient SHELTER = Recipient.organisation("org-aurora-house");
    static final Recipient POLICE = Recipient.organisation("org-city-police");

    static ConsentGrant shelterGrant(String id, Instant at) {
        return ConsentGrant.builder()
                .id(id)
                .recipient(SHELTER)
                .addCategories(
                        InformationCategory.IDENTITY, InformationCategory.CONTACT, InformationCategory.PRIORITIES)
                .addPurposes(Purpose.REFERRAL)
                .start(at)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(at)
                .build();
    }

    static ConsentRevocation revoke(String id, String what, Instant at) {
        return ConsentRevocation.builder()
                .id(id)
                .revokes(what)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(at)
                .build();
    }

    @Test
    void aReferralToAShelterWithConsentForContactAndPrioritiesButNotHealth() {
        ConsentLedger ledger = ConsentLedger.of(List.of(shelterGrant("c-1", CALL)));
        Instant later = CALL.plus(Duration.ofDays(1));
        ConsentDecisions d = ledger.decide(
                SHELTER,
                EnumSet.of(InformationCategory.CONTACT, InformationCategory.PRIORITIES, InformationCategory.HEALTH),
                Purpose.REFERRAL,
                later);
        assertEquals(EnumSet.of(InformationCategory.CONTACT, InformationCategory.PRIORITIES), d.getPermitted());
        assertFalse(d.isPermitted());
        assertEquals(1, d.getDenied().size());
        assertEquals(DecisionReason.NO_GRANT, d.getDenied().get(0).getReason());
        assertEquals(java.util.Set.of("c-1"), d.getGrants());
        assertEquals("health (no grant)", d.explainDenied());
        assertEquals(
                "organisation org-aurora-house may receive contact for referral at 2026-03-03T15:00:00Z:"
                        + " granted by c-1 since 2026-03-02T15:00:00Z",
                d.getDecisions().get(0).explain());
        assertFalse(ledger.decide(SHELTER, InformationCategory.CONTACT, Purpose.COORDINATION, later)
                .isPermitted());
    }

    @Test
    void consentGivenVerballyByPhoneAndWithdrawnAWeekLater() {
        Instant weekLater = CALL.plus(Duration.ofDays(7));
        ConsentLedger ledger = ConsentLedger.of(List.of(shelterGrant("c-1", CALL)));
        ConsentLedger withdrawn = ledger.withAppended(revoke("c-2", "c-1", weekLater));
        Instant midweek = CALL.plus(Duration.ofDays(3));

        assertTrue(withdrawn
                .decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, midweek)
                .isPermitted());
        assertEquals(
                ledger.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, midweek),
                withdrawn.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, midweek));
        ConsentDecision after = withdrawn.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, weekLater);
        assertEquals(DecisionReason.REVOKED, after.getReason());
        assertEquals("c-2", after.getEntry().orElseThrow().getId());
        assertEquals(weekLater, after.getSince().orElseThrow());
        assertTrue(after.explain().endsWith("revoked by c-2, recorded by m-jo at 2026-03-09T15:00:00Z"));
        assertEquals(2, withdrawn.getEntries().size(), "nothing is erased");
    }

    @Test
    void aRefusalOverridesGrantsBeforeAndAfterIt() {
        ConsentGrant police = ConsentGrant.builder()
                .from(shelterGrant("c-1", CALL))
                .recipient(POLICE)
                .build();
        ConsentRefusal never = ConsentRefusal.builder()
                .id("c-2")
                .recipient(POLICE)
                .addCategories(InformationCategory.values())
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(CALL.plusSeconds(60))
                .build();
        ConsentLedger ledger = ConsentLedger.of(List.of(
                police,
                never,
                ConsentGrant.builder()
                        .from(police)
                        .id("c-3")
                        .recordedAt(CALL.plusSeconds(120))
                        .build()));
        assertTrue(ledger.decide(POLICE, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL)
                .isPermitted());
        ConsentDecision d =
                ledger.decide(POLICE, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.plusSeconds(180));
        assertEquals(DecisionReason.REFUSED, d.getReason());
        assertEquals("c-2", d.getEntry().orElseThrow().getId());
    }

    @Test
    void onlyTheNamedRevocationLiftsARefusal() {
        ConsentRefusal never = ConsentRefusal.builder()
                .id("c-1")
                .recipient(SHELTER)
                .addCategories(InformationCategory.CONTACT)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(CALL)
                .build();
        ConsentRevocation everything = ConsentRevocation.builder()
                .id("c-2")
                .recipient(SHELTER)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(CALL.plusSeconds(10))
                .build();
        ConsentLedger ledger = ConsentLedger.of(List.of(never, everything, shelterGrant("c-3", CALL.plusSeconds(20))));
        Instant t = CALL.plusSeconds(30);
        assertEquals(
                DecisionReason.REFUSED,
                ledger.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, t)
                        .getReason());
        ConsentLedger lifted = ledger.withAppended(revoke("c-4", "c-1", CALL.plusSeconds(40)));
        assertTrue(lifted.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, CALL.plusSeconds(40))
                .isPermitted());
        assertEquals(
                DecisionReason.REFUSED,
                lifted.decide(SHELTER, InformationCategory.CONTACT, Purpose.REFERRAL, t)
                        .getReason());
    }

    @Test
    void withdrawingEverythingFromARecipientLeavesALaterGrantInEffect() {
        ConsentRevocation everything = ConsentRevocation.builder()
                .id("c-2")
                .recipient(SHELTER)
                .given(ConsentMode.WRITTEN)
                .recordedBy("m-jo")
                .recordedAt(CALL.plusSeconds(60))
                .build();
        ConsentLedger ledger = ConsentLedger.of(List.of(shelterGrant("c-1", CALL), everything));
        ConsentDecision d =
                ledger.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.plusSeconds(90));
        assertEquals(DecisionReason.REVOKED, d.getReason());
        ConsentLedger regranted = ledger.withAppended(shelterGrant("c-3", CALL.plusSeconds(120)));
        ConsentDecision again =
                regranted.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.plusSeconds(120));
        assertEquals("c-3", again.getEntry().orElseThrow().getId());
    }

    @Test
    void aGrantPermitsOnlyWithinItsPeriod() {
        ConsentGrant g = ConsentGrant.builder()
                .from(shelterGrant("c-1", CALL))
                .start(CALL.plus(Duration.ofDays(1)))
                .end(CALL.plus(Duration.ofDays(30)))
                .build();
        ConsentLedger ledger = ConsentLedger.of(List.of(g));
        ConsentDecision early =
                ledger.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.plusSeconds(1));
        assertEquals(DecisionReason.NOT_YET_IN_EFFECT, early.getReason());
        assertEquals(g.getStart(), early.getSince().orElseThrow());
        ConsentDecision late =
                ledger.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.plus(Duration.ofDays(30)));
        assertEquals(DecisionReason.EXPIRED, late.getReason());
        assertTrue(late.explain().endsWith("grant c-1 ended at 2026-04-01T15:00:00Z"));
    }

    @Test
    void consentNeverReachesBackBeforeItWasRecorded() {
        ConsentGrant backdated = ConsentGrant.builder()
                .from(shelterGrant("c-1", CALL))
                .start(CALL.minus(Duration.ofDays(5)))
                .build();
        ConsentLedger ledger = ConsentLedger.of(List.of(backdated));
        assertEquals(
                DecisionReason.NO_GRANT,
                ledger.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL.minusSeconds(1))
                        .getReason());
    }

    @Test
    void membershipOfATableImpliesNothing() {
        ConsentGrant table = ConsentGrant.builder()
                .from(shelterGrant("c-1", CALL))
                .recipient(Recipient.table("table-nipissing"))
                .build();
        assertFalse(ConsentLedger.of(List.of(table))
                .decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, CALL)
                .isPermitted());
    }

    @Test
    void growsOnlyInTimeOrderWithUniqueIdentifiers() {
        ConsentLedger ledger = ConsentLedger.of(List.of(shelterGrant("c-1", CALL)));
        Expect.rejects(
                InvalidPlanException.class,
                () -> ledger.withAppended(shelterGrant("c-2", CALL.minusSeconds(1))),
                "consent[c-2].recordedAt",
                "the ledger only grows, in time order");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ledger.withAppended(shelterGrant("c-1", CALL)),
                "consent",
                "the identifier of the entry at 1 repeats that of the entry at 0");
    }

    @Test
    void refusesARevocationOfSomethingNotBeforeIt() {
        ConsentLedger ledger = ConsentLedger.of(List.of(shelterGrant("c-1", CALL)));
        Expect.rejects(
                InvalidPlanException.class,
                () -> ledger.withAppended(revoke("c-2", "c-9", CALL)),
                "consent[c-2].revokes",
                "revokes an entry that is not in the ledger");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(List.of(revoke("c-2", "c-1", CALL), shelterGrant("c-1", CALL))),
                "consent[c-2].revokes",
                "revokes an entry that is recorded after it");
        ConsentLedger revoked = ledger.withAppended(revoke("c-2", "c-1", CALL));
        Expect.rejects(
                InvalidPlanException.class,
                () -> revoked.withAppended(revoke("c-3", "c-1", CALL)),
                "consent[c-3].revokes",
                "revokes the entry at 0, which is already revoked");
        Expect.rejects(
                InvalidPlanException.class,
                () -> revoked.withAppended(revoke("c-3", "c-2", CALL)),
                "consent[c-3].revokes",
                "revokes the revocation at 1; record a new grant instead");
    }

    @Test
    void theEmptyLedgerIsShared() {
        assertSame(ConsentLedger.empty(), ConsentLedger.of(List.of()));
        assertEquals(
                "ConsentLedger[0 grants, 0 refusals, 0 revocations]",
                ConsentLedger.empty().toString());
        assertTrue(ConsentLedger.empty().find("c-1").isEmpty());
    }

    @Test
    void describesItselfByCountsOnly() {
        ConsentLedger ledger = ConsentLedger.of(List.of(
                shelterGrant("c-1", CALL),
                ConsentRefusal.builder()
                        .id("c-2")
                        .recipient(POLICE)
                        .addCategories(InformationCategory.HEALTH)
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-jo")
                        .recordedAt(CALL)
                        .build(),
                revoke("c-3", "c-1", CALL),
                shelterGrant("c-4", CALL)));
        assertEquals("ConsentLedger[2 grants, 1 refusals, 1 revocations]", ledger.toString());
        assertFalse(ledger.equals(ConsentLedger.empty()));
        assertFalse(ledger.equals("ConsentLedger"));
    }

    @Test
    void aRevocationOfAnUnknownEntryIsNotMistakenForALaterOne() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(
                        List.of(shelterGrant("c-1", CALL), revoke("c-2", "c-9", CALL), shelterGrant("c-3", CALL))),
                "consent[c-2].revokes",
                "revokes an entry that is not in the ledger");
    }

    @Test
    void equalLedgersHoldEqualEntries() {
        assertEquals(
                ConsentLedger.of(List.of(shelterGrant("c-1", CALL))),
                ConsentLedger.empty().withAppended(shelterGrant("c-1", CALL)));
        assertEquals(
                ConsentLedger.of(List.of(shelterGrant("c-1", CALL))).hashCode(),
                ConsentLedger.empty().withAppended(shelterGrant("c-1", CALL)).hashCode());
    }
}
