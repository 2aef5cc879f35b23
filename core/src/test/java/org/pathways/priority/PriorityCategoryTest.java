package org.pathways.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.consent.InformationCategory;

class PriorityCategoryTest {
    @Test
    void eachProtectedKindRevealsItsCategory() {
        Map<PriorityCategory, String> revealed = new LinkedHashMap<>();
        Arrays.stream(PriorityCategory.values())
                .forEach(c -> revealed.put(
                        c,
                        c.getRevealedCategory()
                                .map(InformationCategory::getCode)
                                .orElse("-")));
        assertEquals(
                "{HOUSING=location_and_safety, CHILDREN_AND_FAMILY=children_and_family, SAFETY=location_and_safety,"
                        + " HEALTH=health, MENTAL_HEALTH=health, SUBSTANCE_USE=substance_use, INCOME=-, LEGAL=legal,"
                        + " IDENTITY_DOCUMENTS=legal, CULTURE_AND_SPIRITUALITY=-, EDUCATION_AND_EMPLOYMENT=-,"
                        + " RELATIONSHIPS=-, OTHER=-}",
                revealed.toString());
    }
}
