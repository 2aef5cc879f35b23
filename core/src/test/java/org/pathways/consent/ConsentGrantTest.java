package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class ConsentGrantTest {
    static final Instant T = Instant.parse("2026-03-02T15:00:00Z");

    static ConsentGrant.Builder grant() {
        return ConsentGrant.builder()
                .id("c-1")
                .recipient(Recipient.organisation("org-aurora-house"))
                .addCategories(InformationCategory.IDENTITY, InformationCategory.CONTACT)
                .addPurposes(Purpose.REFERRAL)
                .start(T)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(T);
    }

    @Test
    void takesEffectFromItsStartOrWhenRecordedWhicheverIsLater() {
        assertEquals(
                T.plusSeconds(60), grant().recordedAt(T.plusSeconds(60)).build().getEffectiveFrom());
        assertEquals(
                T.plusSeconds(3600),
                grant().start(T.plusSeconds(3600))
                        .recordedAt(T.plusSeconds(60))
                        .build()
                        .getEffectiveFrom());
    }

    @Test
    void keepsServiceAndReportingPurposesApart() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> grant().addPurposes(Purpose.DEIDENTIFIED_RESEARCH).build(),
                "consent[c-1].purposes",
                "service and reporting purposes need separate grants");
    }

    @Test
    void neverSharesAnIdentifyingCategoryForReporting() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> grant().purposes(java.util.List.of(Purpose.AGGREGATE_FUNDER_REPORTING))
                        .build(),
                "consent[c-1].categories",
                "identity identifies the person and cannot be shared for a reporting purpose");
    }

    @Test
    void rejectsAnEndThatIsNotAfterTheStart() {
        Expect.rejects(
                InvalidPlanException.class, () -> grant().end(T).build(), "consent[c-1].end", "is not after the start");
    }

    @Test
    void needsACategoryAndAPurpose() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> grant().categories(java.util.List.of()).build(),
                "consent[c-1].categories",
                "at least one category");
        Expect.rejects(
                InvalidPlanException.class,
                () -> grant().purposes(java.util.List.of()).build(),
                "consent[c-1].purposes",
                "at least one purpose");
    }

    @Test
    void neverShowsTheConditionsInItsText() {
        ConsentGrant g = grant().conditions(SensitiveText.of("Never call my mother's house"))
                .build();
        assertFalse(g.toString().contains("mother"));
    }

    @Test
    void itsIdentifiersMustBeOnes() {
        Expect.rejects(
                InvalidPlanException.class, () -> grant().id("grant 1").build(), "consent.id", "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> grant().recordedBy("Jo M.").build(),
                "consent[c-1].recordedBy",
                "is not an identifier");
    }
}
