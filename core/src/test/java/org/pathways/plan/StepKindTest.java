package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.consent.InformationCategory;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityCategory;

class StepKindTest {
    @Test
    void eachKindRevealsTheCategoryOfWhatItIsAbout() {
        Map<StepKind, String> revealed = new LinkedHashMap<>();
        Arrays.stream(StepKind.values())
                .forEach(k -> revealed.put(
                        k,
                        k.getRevealedCategory()
                                .map(InformationCategory::getCode)
                                .orElse("-")));
        assertEquals(
                "{REFERRAL=-, ACCOMPANIMENT=-, CASE_CONFERENCE=-, SHELTER_AND_HOUSING=location_and_safety,"
                        + " SPECIALISED_PROGRAMMING=-, PEER_SUPPORT=-, COUNSELLING=health, HARM_REDUCTION=substance_use,"
                        + " HEALTH_CARE=health, LEGAL_SUPPORT=legal, INDIGENOUS_HEALING=-,"
                        + " FAMILY_REUNIFICATION=children_and_family, INCOME_SUPPORT=-, IDENTITY_DOCUMENTS=legal,"
                        + " SAFETY_PLANNING=location_and_safety, EDUCATION_AND_EMPLOYMENT=-, OTHER=-}",
                revealed.toString());
    }

    @Test
    void eachKindTouchesTheDomainsItUsuallyServesInTheWheelsOrder() {
        Map<StepKind, List<Domain>> domains = new LinkedHashMap<>();
        Arrays.stream(StepKind.values()).forEach(k -> domains.put(k, List.copyOf(k.getDomains())));
        assertEquals(
                "{REFERRAL=[], ACCOMPANIMENT=[], CASE_CONFERENCE=[], SHELTER_AND_HOUSING=[PHYSICAL],"
                        + " SPECIALISED_PROGRAMMING=[EMOTIONAL, PSYCHOLOGICAL], PEER_SUPPORT=[EMOTIONAL],"
                        + " COUNSELLING=[EMOTIONAL, PSYCHOLOGICAL], HARM_REDUCTION=[PHYSICAL], HEALTH_CARE=[PHYSICAL],"
                        + " LEGAL_SUPPORT=[], INDIGENOUS_HEALING=[EMOTIONAL, SPIRITUAL],"
                        + " FAMILY_REUNIFICATION=[EMOTIONAL, SPIRITUAL], INCOME_SUPPORT=[PHYSICAL], IDENTITY_DOCUMENTS=[],"
                        + " SAFETY_PLANNING=[PHYSICAL, PSYCHOLOGICAL], EDUCATION_AND_EMPLOYMENT=[PSYCHOLOGICAL], OTHER=[]}",
                domains.toString());
        assertEquals(EnumSet.of(Domain.SPIRITUAL, Domain.EMOTIONAL), StepKind.INDIGENOUS_HEALING.getDomains());
    }

    @Test
    void aKindsDomainsCannotBeChanged() {
        assertThrows(
                UnsupportedOperationException.class,
                () -> StepKind.PEER_SUPPORT.getDomains().add(Domain.SPIRITUAL));
        assertThrows(
                UnsupportedOperationException.class,
                () -> StepKind.REFERRAL.getDomains().add(Domain.PHYSICAL));
    }

    @Test
    void eachCategoryButOtherSuggestsTheKindOfStepThatServesIt() {
        Map<PriorityCategory, String> suggested = new LinkedHashMap<>();
        Arrays.stream(PriorityCategory.values())
                .forEach(c -> suggested.put(
                        c, StepKind.suggestedFor(c).map(StepKind::getCode).orElse("-")));
        assertEquals(
                "{HOUSING=shelter_and_housing, CHILDREN_AND_FAMILY=family_reunification, SAFETY=safety_planning,"
                        + " HEALTH=health_care, MENTAL_HEALTH=counselling, SUBSTANCE_USE=harm_reduction,"
                        + " INCOME=income_support, LEGAL=legal_support, IDENTITY_DOCUMENTS=identity_documents,"
                        + " CULTURE_AND_SPIRITUALITY=indigenous_healing, EDUCATION_AND_EMPLOYMENT=education_and_employment,"
                        + " RELATIONSHIPS=peer_support, OTHER=-}",
                suggested.toString());
        assertThrows(NullPointerException.class, () -> StepKind.suggestedFor(null));
    }
}
