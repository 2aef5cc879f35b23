package org.pathways.research;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class SecondaryUseTest {
    private static final CarePlan MIRA = SamplePlans.mira();
    private static final CarePlan CONSENTING = Caseloads.consenting(MIRA, EnumSet.of(InformationCategory.PRIORITIES));

    @Test
    void aPlanNeedsThePersonsResearchGrant() {
        assertFalse(SecondaryUse.permits(
                MIRA, Caseloads.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, StewardAgreements.none()));
        assertTrue(SecondaryUse.permits(
                CONSENTING,
                Caseloads.RESEARCHERS,
                Purpose.DEIDENTIFIED_RESEARCH,
                Caseloads.AT,
                StewardAgreements.none()));
        // a grant for research is not one for funder reporting
        assertFalse(SecondaryUse.permits(
                CONSENTING,
                Caseloads.RESEARCHERS,
                Purpose.AGGREGATE_FUNDER_REPORTING,
                Caseloads.AT,
                StewardAgreements.none()));
    }

    @Test
    void aPlanWithAStewardNeedsBothThePersonAndTheStewardAgreed() {
        CarePlan nipissing =
                CarePlan.builder().from(CONSENTING).steward(Caseloads.NIPISSING).build();
        CarePlan wiikwemkoong = CarePlan.builder()
                .from(CONSENTING)
                .steward(Caseloads.WIIKWEMKOONG)
                .build();
        StewardAgreements agreed = Caseloads.nipissingAgreed();
        assertTrue(SecondaryUse.permits(
                nipissing, Caseloads.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, agreed));
        assertFalse(SecondaryUse.permits(
                wiikwemkoong, Caseloads.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, agreed));
        CarePlan withoutConsent =
                CarePlan.builder().from(MIRA).steward(Caseloads.NIPISSING).build();
        assertFalse(SecondaryUse.permits(
                withoutConsent, Caseloads.RESEARCHERS, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, agreed));
    }

    @Test
    void aDirectoryEntryWithAStewardNeedsItsAgreement() {
        StewardAgreements agreed = Caseloads.nipissingAgreed();
        Organisation open = Organisation.of("org-aurora-house", "Aurora House");
        Organisation governed = open.withSteward(Caseloads.WIIKWEMKOONG);
        assertTrue(SecondaryUse.permits(open, Purpose.AGGREGATE_FUNDER_REPORTING, Caseloads.AT, agreed));
        assertFalse(SecondaryUse.permits(governed, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, agreed));
        Service healing = Service.builder()
                .id("svc-healing")
                .organisation("org-nipissing-health")
                .name("Healing lodge")
                .addProgramming(StepKind.INDIGENOUS_HEALING)
                .steward(Caseloads.NIPISSING)
                .build();
        assertTrue(SecondaryUse.permits(healing, Purpose.DEIDENTIFIED_RESEARCH, Caseloads.AT, agreed));
        assertFalse(SecondaryUse.permits(healing, Purpose.AGGREGATE_FUNDER_REPORTING, Caseloads.AT, agreed));
    }

    @Test
    void refusesAServicePurpose() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> SecondaryUse.permits(
                        CONSENTING, Caseloads.RESEARCHERS, Purpose.REFERRAL, Caseloads.AT, StewardAgreements.none()),
                "purpose",
                "is a service purpose");
        Expect.rejects(
                InvalidPlanException.class,
                () -> SecondaryUse.permits(
                        Organisation.of("org-a", "A"), Purpose.COORDINATION, Caseloads.AT, StewardAgreements.none()),
                "purpose",
                "is a service purpose");
    }
}
