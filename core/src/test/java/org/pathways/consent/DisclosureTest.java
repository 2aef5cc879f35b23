package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class DisclosureTest {
    static final Instant T = Instant.parse("2026-03-12T09:00:00Z");

    static Disclosure.Builder lawful() {
        return Disclosure.builder()
                .id("d-1")
                .recipient(Recipient.organisation("org-child-services"))
                .purpose(Purpose.COORDINATION)
                .addCategories(InformationCategory.IDENTITY, InformationCategory.CHILDREN_AND_FAMILY)
                .at(T)
                .by("m-jo")
                .basis(DisclosureBasis.LEGAL_DUTY)
                .reason(SensitiveText.of("Duty to report a risk to a child"))
                .decidedBy("m-supervisor");
    }

    @Test
    void aDisclosureWithoutConsentCarriesItsReasonAndWhoDecided() {
        Disclosure d = lawful().build();
        assertEquals(DisclosureBasis.LEGAL_DUTY, d.getBasis());
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().decidedBy(Optional.empty()).build(),
                "disclosures[d-1].reason",
                "records its reason and who decided");
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().addGrants("c-1").build(),
                "disclosures[d-1].grants",
                "names no grant");
    }

    @Test
    void recordsWhenThePersonWasToldNeverBeforeTheDisclosure() {
        assertEquals(
                Optional.of(T.plusSeconds(3600)),
                lawful().build().withPersonToldAt(T.plusSeconds(3600)).getPersonToldAt());
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().build().withPersonToldAt(T.minusSeconds(1)),
                "disclosures[d-1].personToldAt",
                "is before the disclosure");
    }

    @Test
    void aDisclosureUnderConsentNamesItsGrantsAndNoLegalBasis() {
        Disclosure.Builder b = Disclosure.builder()
                .id("d-2")
                .recipient(Recipient.organisation("org-aurora-house"))
                .purpose(Purpose.REFERRAL)
                .addCategories(InformationCategory.IDENTITY)
                .at(T)
                .by("m-jo");
        Expect.rejects(
                InvalidPlanException.class, b::build, "disclosures[d-2].grants", "names the grants that permitted it");
        assertEquals(DisclosureBasis.CONSENT, b.addGrants("c-1").build().getBasis());
        Expect.rejects(
                InvalidPlanException.class,
                () -> b.decidedBy("m-supervisor").build(),
                "disclosures[d-2].basis",
                "belong to a disclosure without consent");
    }

    @Test
    void neverShowsTheReasonInItsText() {
        assertFalse(lawful().build().toString().contains("risk to a child"));
    }

    @Test
    void everyIdentifierARecordNamesMustBeOne() {
        Expect.rejects(
                InvalidPlanException.class, () -> lawful().id("d 1").build(), "disclosure.id", "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().by("Jo M.").build(),
                "disclosures[d-1].by",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().decidedBy("the supervisor").build(),
                "disclosures[d-1].decidedBy",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().basis(DisclosureBasis.CONSENT)
                        .reason(Optional.empty())
                        .decidedBy(Optional.empty())
                        .addGrants("grant one")
                        .build(),
                "disclosures[d-1].grants",
                "is not an identifier");
    }

    @Test
    void aDisclosureUnderConsentNamesWhatWasSharedSoItCannotSlipPastARefusal() {
        Disclosure.Builder nothing = Disclosure.builder()
                .id("d-3")
                .recipient(Recipient.organisation("org-police"))
                .purpose(Purpose.REFERRAL)
                .at(T)
                .by("m-jo");
        Expect.rejects(
                InvalidPlanException.class, nothing::build, "disclosures[d-3].categories", "names what was shared");
    }

    @Test
    void aLateEntryKeepsWhenItWasRecordedWhichIsAfterItWasMade() {
        Disclosure.Builder b = lawful();
        assertEquals(T, b.build().getEnteredAt());
        Disclosure late = b.recordedAt(T.plusSeconds(1200)).build();
        assertEquals(T.plusSeconds(1200), late.getEnteredAt());
        Expect.rejects(
                InvalidPlanException.class,
                () -> lawful().recordedAt(T).build(),
                "disclosures[d-1].recordedAt",
                "is not after the disclosure");
    }
}
