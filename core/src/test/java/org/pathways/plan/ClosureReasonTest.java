package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.consent.InformationCategory;

class ClosureReasonTest {
    @Test
    void aReasonThatTellsOfHerSituationRevealsItsCategory() {
        Map<ClosureReason, String> revealed = new LinkedHashMap<>();
        Arrays.stream(ClosureReason.values())
                .forEach(r -> revealed.put(
                        r,
                        r.getRevealedCategory()
                                .map(InformationCategory::getCode)
                                .orElse("-")));
        assertEquals(
                "{PERSONS_CHOICE=-, WAITLIST=-, SOBRIETY_REQUIRED=substance_use, IDENTITY_DOCUMENTS_REQUIRED=legal,"
                        + " NO_SERVICE_AVAILABLE=-, NOT_ELIGIBLE=-, OTHER=-}",
                revealed.toString());
    }
}
