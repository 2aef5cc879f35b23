package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.MalformedDocumentException;
import org.pathways.json.PlanJson;
import org.pathways.testing.Expect;

class ConsentConfirmationTest {
    static final Instant T = Instant.parse("2026-03-09T16:00:00Z");
    static final Recipient SHELTER = Recipient.organisation("org-aurora-house");

    static final ConsentGrant GRANT = ConsentGrant.builder()
            .id("c-1")
            .recipient(SHELTER)
            .addCategories(InformationCategory.IDENTITY, InformationCategory.PRIORITIES)
            .addPurposes(Purpose.REFERRAL)
            .start(T.minusSeconds(86_400))
            .given(ConsentMode.WRITTEN)
            .recordedBy("m-jo")
            .recordedAt(T.minusSeconds(86_400))
            .build();

    /** The withdrawal she said on the phone. */
    static final ConsentRevocation ORAL = ConsentRevocation.builder()
            .id("c-2")
            .revokes("c-1")
            .given(ConsentMode.VERBAL)
            .recordedBy("m-jo")
            .recordedAt(T)
            .build();

    static ConsentConfirmation.Builder confirmation() {
        return ConsentConfirmation.builder()
                .id("c-3")
                .confirms("c-2")
                .given(ConsentMode.WRITTEN)
                .recordedBy("m-jo")
                .recordedAt(T.plusSeconds(7L * 86_400));
    }

    @Test
    void anOralWithdrawalHoldsFromWhenItWasSaidAndItsWrittenConfirmationChangesNothing() {
        ConsentLedger said = ConsentLedger.of(List.of(GRANT, ORAL));
        ConsentLedger confirmed = said.withAppended(confirmation().build());
        for (long s : new long[] {-3_600, -1, 0, 1, 86_400, 7L * 86_400, 8L * 86_400}) {
            Instant at = T.plusSeconds(s);
            ConsentDecision before = said.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, at);
            assertEquals(before, confirmed.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, at));
        }
        ConsentDecision d = confirmed.decide(SHELTER, InformationCategory.IDENTITY, Purpose.REFERRAL, T);
        assertEquals(DecisionReason.REVOKED, d.getReason());
        assertEquals(Optional.of(T), d.getSince(), "it took effect when it was said");
        assertEquals(Optional.of(confirmation().build()), confirmed.confirmationOf("c-2"));
        assertEquals(Optional.empty(), confirmed.confirmationOf("c-1"));
        assertEquals("ConsentLedger[1 grants, 0 refusals, 1 revocations, 1 confirmations]", confirmed.toString());
    }

    @Test
    void aConfirmationIsWrittenOrElectronicNeverAloud() {
        assertEquals(
                ConsentMode.ELECTRONIC,
                confirmation().given(ConsentMode.ELECTRONIC).build().getGiven());
        Expect.rejects(
                InvalidPlanException.class,
                () -> confirmation().given(ConsentMode.VERBAL).build(),
                "consent[c-3].given",
                "written or electronic");
    }

    @Test
    void itConfirmsOneEarlierEntryGivenAloudOnce() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(
                        List.of(GRANT, confirmation().confirms("c-1").build())),
                "consent[c-3].confirms",
                "not given aloud");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(
                        List.of(GRANT, confirmation().confirms("c-9").build())),
                "consent[c-3].confirms",
                "not recorded before it");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(List.of(
                        GRANT,
                        ORAL,
                        confirmation().build(),
                        confirmation().id("c-4").build())),
                "consent[c-4].confirms",
                "already confirmed");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(List.of(
                        GRANT,
                        ORAL,
                        confirmation().build(),
                        confirmation().id("c-4").confirms("c-3").build())),
                "consent[c-4].confirms",
                "another confirmation");
        Expect.rejects(
                InvalidPlanException.class,
                () -> ConsentLedger.of(List.of(
                        GRANT,
                        ORAL,
                        confirmation().build(),
                        ConsentRevocation.builder()
                                .id("c-4")
                                .revokes("c-3")
                                .given(ConsentMode.WRITTEN)
                                .recordedBy("m-jo")
                                .recordedAt(T.plusSeconds(8L * 86_400))
                                .build())),
                "consent[c-4].revokes",
                "confirmation");
    }

    @Test
    void itTravelsInJsonAsItsOwnKindOfEntry() {
        ConsentLedger confirmed =
                ConsentLedger.of(List.of(GRANT, ORAL, confirmation().build()));
        String json = PlanJson.defaults().write(confirmed);
        assertTrue(
                json.contains("{\"type\":\"confirmation\",\"id\":\"c-3\",\"confirms\":\"c-2\",\"given\":\"written\""));
        assertEquals(confirmed, PlanJson.defaults().read(json, ConsentLedger.class));
        String orphan = "[{\"type\":\"confirmation\",\"id\":\"c-3\",\"confirms\":\"c-2\",\"given\":\"written\","
                + "\"recordedBy\":\"m-jo\",\"recordedAt\":\"2026-03-16T16:00:00Z\"}]";
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class, () -> PlanJson.defaults().read(orphan, ConsentLedger.class));
        assertTrue(e.getField().contains("confirms"), e.getField());
        String onAGrant = json.replace(
                "\"type\":\"grant\",\"id\":\"c-1\",", "\"type\":\"grant\",\"id\":\"c-1\",\"confirms\":\"c-0\",");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> PlanJson.defaults().read(onAGrant, ConsentLedger.class),
                "/0",
                "confirms: is not a field of a grant");
    }

    @Test
    void itsIdentifiersMustBeOnes() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> confirmation().confirms("the call").build(),
                "consent[c-3].confirms",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> confirmation().recordedBy("Jo M.").build(),
                "consent[c-3].recordedBy",
                "is not an identifier");
    }

    @Test
    void equalConfirmationsAreInterchangeable() {
        assertEquals(confirmation().build(), confirmation().build());
        assertEquals(confirmation().build().hashCode(), confirmation().build().hashCode());
        assertNotEquals(confirmation().build(), confirmation().id("c-4").build());
    }
}
