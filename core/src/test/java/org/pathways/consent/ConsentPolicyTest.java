package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class ConsentPolicyTest {
    static final Instant T = Instant.parse("2026-03-02T15:05:00Z");

    static final ConsentPolicy NINETY_DAYS = ConsentPolicy.builder()
            .releaseDays(90)
            .addOverrideRoles("privacy-officer")
            .build();

    static ConsentGrant.Builder open() {
        return ConsentGrant.builder()
                .id("c-1")
                .recipient(Recipient.organisation("org-aurora-house"))
                .addCategories(InformationCategory.IDENTITY)
                .addPurposes(Purpose.REFERRAL)
                .start(T.minusSeconds(300))
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(T);
    }

    static Disclosure.Builder lawful() {
        return Disclosure.builder()
                .id("d-2")
                .recipient(Recipient.organisation("org-child-services"))
                .purpose(Purpose.COORDINATION)
                .addCategories(InformationCategory.IDENTITY)
                .at(T)
                .by("m-jo")
                .basis(DisclosureBasis.LEGAL_DUTY)
                .reason(SensitiveText.of("a duty to report"))
                .decidedBy("m-ines");
    }

    @Test
    void theDefaultsLimitNothingAndAuthoriseNoOne() {
        ConsentPolicy d = ConsentPolicy.defaults();
        assertEquals(Optional.empty(), d.getReleaseDays());
        assertEquals(14, d.getRenewalNoticeDays());
        assertFalse(d.isNoticeOfWithheld());
        assertTrue(d.getOverrideRoles().isEmpty());
        ConsentGrant g = open().build();
        assertSame(g, d.apply(g));
    }

    @Test
    void aGrantWithoutAnEndExpiresWhenThePolicySaysCountedFromWhenItTookEffect() {
        ConsentGrant g = NINETY_DAYS.apply(open().build());
        assertEquals(Optional.of(T.plusSeconds(90L * 86_400)), g.getExpiresAt());
        assertEquals(g.getExpiresAt(), g.getEffectiveEnd());
        assertEquals(Optional.empty(), g.getEnd(), "what the person said stays as she said it");
        ConsentGrant later =
                NINETY_DAYS.apply(open().start(T.plusSeconds(86_400)).build());
        assertEquals(Optional.of(T.plusSeconds(91L * 86_400)), later.getExpiresAt());
    }

    @Test
    void theEndThePersonSetHoldsAndOtherEntriesAreUnchanged() {
        ConsentGrant ended = open().end(T.plusSeconds(86_400)).build();
        assertSame(ended, NINETY_DAYS.apply(ended));
        ConsentGrant stamped = NINETY_DAYS.apply(open().build());
        assertSame(stamped, NINETY_DAYS.apply(stamped), "a policy applied twice changes nothing more");
        ConsentRevocation v = ConsentRevocation.builder()
                .id("c-2")
                .revokes("c-1")
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(T)
                .build();
        assertSame(v, NINETY_DAYS.apply(v));
    }

    @Test
    void anExpiredGrantIsDecidedExpiredAndARenewalIsANewGrant() {
        ConsentGrant g = NINETY_DAYS.apply(open().build());
        Instant expiry = g.getExpiresAt().orElseThrow();
        Recipient shelter = g.getRecipient();
        ConsentLedger ledger = ConsentLedger.of(List.of(g));
        assertTrue(ledger.decide(shelter, InformationCategory.IDENTITY, Purpose.REFERRAL, expiry.minusSeconds(1))
                .isPermitted());
        ConsentDecision after = ledger.decide(shelter, InformationCategory.IDENTITY, Purpose.REFERRAL, expiry);
        assertEquals(DecisionReason.EXPIRED, after.getReason());
        assertEquals(Optional.of(expiry), after.getSince());
        assertTrue(after.explain().contains("expired at " + expiry + " under the agency's consent policy"));
        ConsentGrant renewal = NINETY_DAYS.apply(open().id("c-9")
                .start(expiry.plusSeconds(3_600))
                .recordedAt(expiry.plusSeconds(3_600))
                .build());
        ConsentLedger renewed = ledger.withAppended(renewal);
        ConsentDecision now =
                renewed.decide(shelter, InformationCategory.IDENTITY, Purpose.REFERRAL, expiry.plusSeconds(3_600));
        assertTrue(now.isPermitted());
        assertEquals("c-9", now.getEntry().orElseThrow().getId());
        assertEquals(
                after,
                renewed.decide(shelter, InformationCategory.IDENTITY, Purpose.REFERRAL, expiry),
                "the gap before the renewal stays expired");
    }

    @Test
    void anExpiryIsNeverBesideTheEndThePersonSetNorBeforeTheStart() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> open().end(T.plusSeconds(60))
                        .expiresAt(T.plusSeconds(120))
                        .build(),
                "consent[c-1].expiresAt",
                "the person's end holds");
        Expect.rejects(
                InvalidPlanException.class,
                () -> open().expiresAt(T.minusSeconds(600)).build(),
                "consent[c-1].expiresAt",
                "is not after the start");
    }

    @Test
    void onlyAnAuthorisedRoleMayDecideADisclosureWithoutConsent() {
        Disclosure ok = lawful().decidedAs("privacy-officer").build();
        assertSame(ok, NINETY_DAYS.authorise(ok));
        InvalidPlanException none = Expect.rejects(
                InvalidPlanException.class,
                () -> NINETY_DAYS.authorise(lawful().build()),
                "decidedAs",
                "names the role");
        assertEquals(ErrorCode.OVERRIDE_NOT_AUTHORISED, none.getCode());
        InvalidPlanException other = Expect.rejects(
                InvalidPlanException.class,
                () -> NINETY_DAYS.authorise(lawful().decidedAs("intake-worker").build()),
                "disclosures[d-2].decidedAs",
                "does not authorise this role");
        assertEquals(ErrorCode.OVERRIDE_NOT_AUTHORISED, other.getCode());
        assertEquals(403, other.getCode().getHttpStatus());
        assertFalse(other.getMessage().contains("intake-worker"), "the rejected value is not quoted");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentPolicy.defaults().authorise(ok),
                "decidedAs",
                "does not authorise");
        assertTrue(NINETY_DAYS.authorises("privacy-officer"));
        assertFalse(NINETY_DAYS.authorises("intake-worker"));
    }

    @Test
    void aDisclosureUnderConsentNeedsNoRoleAndCarriesNone() {
        Disclosure shared = Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation("org-aurora-house"))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY)
                .at(T)
                .by("m-jo")
                .addGrants("c-1")
                .build();
        assertSame(shared, ConsentPolicy.defaults().authorise(shared));
        Expect.rejects(
                InvalidPlanException.class,
                () -> Disclosure.builder()
                        .from(shared)
                        .decidedAs("privacy-officer")
                        .build(),
                "disclosures[d-1].basis",
                "decidedAs");
    }

    @Test
    void itsNumbersAndRolesAreChecked() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentPolicy.builder().releaseDays(0).build(),
                "policy.releaseDays",
                "from 1 to 3650");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentPolicy.builder().renewalNoticeDays(-1).build(),
                "policy.renewalNoticeDays",
                "from 0 to 365");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentPolicy.builder().addOverrideRoles("the boss").build(),
                "policy.overrideRoles",
                "is not an identifier");
    }

    @Test
    void equalPoliciesAreInterchangeable() {
        assertEquals(NINETY_DAYS, ConsentPolicy.builder().from(NINETY_DAYS).build());
        assertEquals(
                NINETY_DAYS.hashCode(),
                ConsentPolicy.builder().from(NINETY_DAYS).build().hashCode());
        assertNotEquals(NINETY_DAYS, ConsentPolicy.defaults());
        assertEquals(ConsentPolicy.defaults(), ConsentPolicy.builder().build());
    }
}
