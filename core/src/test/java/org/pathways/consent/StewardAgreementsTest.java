package org.pathways.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StewardAgreementsTest {
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void noneAgreesToNothing() {
        assertFalse(StewardAgreements.none().permits("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
        assertTrue(StewardAgreements.none().getAgreements().isEmpty());
    }

    @Test
    void permitsWhatAnyOfItsAgreementsCovers() {
        StewardAgreements s = StewardAgreements.of(List.of(
                StewardAgreement.of(
                        "org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "dsa-1", APRIL, Optional.empty()),
                StewardAgreement.of(
                        "org-birch-river-fn", Purpose.AGGREGATE_FUNDER_REPORTING, "dsa-2", APRIL, Optional.empty())));
        assertTrue(s.permits("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
        assertTrue(s.permits("org-birch-river-fn", Purpose.AGGREGATE_FUNDER_REPORTING, APRIL));
        assertFalse(s.permits("org-birch-river-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
        assertFalse(s.permits("org-cedar-bay-fn", Purpose.REFERRAL, APRIL));
    }

    @Test
    void keepsItsOwnCopy() {
        List<StewardAgreement> list = new ArrayList<>();
        StewardAgreements s = StewardAgreements.of(list);
        list.add(StewardAgreement.of(
                "org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "dsa-1", APRIL, Optional.empty()));
        assertFalse(s.permits("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, APRIL));
        assertThrows(
                UnsupportedOperationException.class, () -> s.getAgreements().add(list.get(0)));
        assertEquals(StewardAgreements.of(List.of()), StewardAgreements.none());
    }
}
