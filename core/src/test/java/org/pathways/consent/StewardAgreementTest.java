package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class StewardAgreementTest {
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant NEXT_APRIL = Instant.parse("2027-04-01T00:00:00Z");

    private static StewardAgreement research() {
        return StewardAgreement.of(
                "org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "dsa-2026-04", APRIL, Optional.of(NEXT_APRIL));
    }

    @Test
    void coversItsStewardPurposeAndPeriodOnly() {
        StewardAgreement a = research();
        assertTrue(a.covers("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
        assertTrue(a.covers("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, NEXT_APRIL.minusSeconds(1)));
        assertFalse(a.covers("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, NEXT_APRIL));
        assertFalse(a.covers("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL.minusSeconds(1)));
        assertFalse(a.covers("org-cedar-bay-fn", Purpose.AGGREGATE_FUNDER_REPORTING, APRIL));
        assertFalse(a.covers("org-birch-river-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
    }

    @Test
    void withoutAnEndItHoldsUntilTheStewardEndsIt() {
        StewardAgreement a = StewardAgreement.of(
                "org-cedar-bay-fn", Purpose.AGGREGATE_FUNDER_REPORTING, "dsa-7", APRIL, Optional.empty());
        assertTrue(a.covers(
                "org-cedar-bay-fn", Purpose.AGGREGATE_FUNDER_REPORTING, Instant.parse("2040-01-01T00:00:00Z")));
    }

    @Test
    void isAValue() {
        assertEquals(research(), research());
        assertEquals(research().hashCode(), research().hashCode());
        assertNotEquals(
                research(),
                StewardAgreement.of(
                        "org-cedar-bay-fn",
                        Purpose.DEIDENTIFIED_RESEARCH,
                        "dsa-2026-05",
                        APRIL,
                        Optional.of(NEXT_APRIL)));
        assertTrue(research().toString().contains("dsa-2026-04"));
    }

    @Test
    void refusesAServicePurposeABadIdentifierOrAnEndNotAfterTheStart() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> StewardAgreement.of("org-cedar-bay-fn", Purpose.REFERRAL, "dsa-1", APRIL, Optional.empty()),
                "agreement.purpose",
                "is a service purpose");
        Expect.rejects(
                InvalidPlanException.class,
                () -> StewardAgreement.of(
                        "Cedar Bay First Nation", Purpose.DEIDENTIFIED_RESEARCH, "dsa-1", APRIL, Optional.empty()),
                "agreement.steward",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> StewardAgreement.of(
                        "org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "our agreement", APRIL, Optional.empty()),
                "agreement.reference",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> StewardAgreement.of(
                        "org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "dsa-1", APRIL, Optional.of(APRIL)),
                "agreement.end",
                "is not after the start");
    }
}
