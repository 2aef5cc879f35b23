package org.pathways.disclosure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.StewardAgreements;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;
import org.pathways.testing.Stewards;

class SecondaryUseTest {
    private static final CarePlan MIRA = SamplePlans.mira();
    private static final CarePlan CONSENTING = Stewards.consenting(MIRA, EnumSet.of(InformationCategory.PRIORITIES));

    @Test
    void aPlanNeedsThePersonsResearchGrant() {
        assertFalse(SecondaryUse.permits(
                MIRA, Stewards.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, StewardAgreements.none()));
        assertTrue(SecondaryUse.permits(
                CONSENTING,
                Stewards.RESEARCHERS,
                Purpose.DEIDENTIFIED_RESEARCH,
                Stewards.AT,
                StewardAgreements.none()));
        // a grant for research is not one for funder reporting
        assertFalse(SecondaryUse.permits(
                CONSENTING,
                Stewards.RESEARCHERS,
                Purpose.AGGREGATE_FUNDER_REPORTING,
                Stewards.AT,
                StewardAgreements.none()));
    }

    @Test
    void aPlanWithAStewardNeedsBothThePersonAndTheStewardAgreed() {
        CarePlan nipissing =
                CarePlan.builder().from(CONSENTING).steward(Stewards.CEDAR_BAY).build();
        CarePlan birchRiver = CarePlan.builder()
                .from(CONSENTING)
                .steward(Stewards.BIRCH_RIVER)
                .build();
        StewardAgreements agreed = Stewards.cedarBayAgreed();
        assertTrue(SecondaryUse.permits(
                nipissing, Stewards.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, agreed));
        assertFalse(SecondaryUse.permits(
                birchRiver, Stewards.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, agreed));
        CarePlan withoutConsent =
                CarePlan.builder().from(MIRA).steward(Stewards.CEDAR_BAY).build();
        assertFalse(SecondaryUse.permits(
                withoutConsent, Stewards.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, agreed));
    }

    @Test
    void aDirectoryEntryWithAStewardNeedsItsAgreement() {
        StewardAgreements agreed = Stewards.cedarBayAgreed();
        Organisation open = Organisation.of("org-aurora-house", "Aurora House");
        Organisation governed = open.withSteward(Stewards.BIRCH_RIVER);
        assertTrue(SecondaryUse.permits(open, Purpose.AGGREGATE_FUNDER_REPORTING, Stewards.AT, agreed));
        assertFalse(SecondaryUse.permits(governed, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, agreed));
        Service healing = Service.builder()
                .id("svc-healing")
                .organisation("org-cedar-bay-health")
                .name("Healing lodge")
                .addProgramming(StepKind.INDIGENOUS_HEALING)
                .steward(Stewards.CEDAR_BAY)
                .build();
        assertTrue(SecondaryUse.permits(healing, Purpose.DEIDENTIFIED_RESEARCH, Stewards.AT, agreed));
        assertFalse(SecondaryUse.permits(healing, Purpose.AGGREGATE_FUNDER_REPORTING, Stewards.AT, agreed));
    }

    @Test
    void refusesAServicePurpose() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> SecondaryUse.permits(
                        CONSENTING, Stewards.RESEARCHERS, Purpose.REFERRAL, Stewards.AT, StewardAgreements.none()),
                "purpose",
                "is a service purpose");
        Expect.rejects(
                InvalidPlanException.class,
                () -> SecondaryUse.permits(
                        Organisation.of("org-a", "A"), Purpose.COORDINATION, Stewards.AT, StewardAgreements.none()),
                "purpose",
                "is a service purpose");
    }
}
