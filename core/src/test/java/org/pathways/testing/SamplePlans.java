package org.pathways.testing;

import java.time.Instant;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/** A small, fictional, realistic plan that unit tests start from. */
public final class SamplePlans {
    /** An agency's consent policy that authorises its privacy officer to decide a disclosure without consent. */
    public static final org.pathways.consent.ConsentPolicy POLICY = org.pathways.consent.ConsentPolicy.builder()
            .addOverrideRoles("privacy-officer")
            .build();

    /** The time of the intake meeting. */
    public static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");

    private SamplePlans() {}

    /**
     * Returns an edit by the case worker at the intake, minutes later.
     *
     * @param minutes minutes after the intake
     * @return the edit
     */
    public static Edit edit(int minutes) {
        return Edit.of("m-jo", INTAKE.plusSeconds(60L * minutes), true);
    }

    /**
     * Returns a priority in the person's words.
     *
     * @param id the identifier
     * @param words the statement
     * @param domains the domains it touches
     * @return the priority
     */
    public static Priority priority(String id, String words, Domain... domains) {
        return Priority.builder()
                .id(id)
                .statement(SensitiveText.of(words))
                .category(PriorityCategory.OTHER)
                .addDomains(domains)
                .expressedAt(INTAKE)
                .build();
    }

    /**
     * Returns a proposed step.
     *
     * @param id the identifier
     * @param kind the kind
     * @param serves the priorities it serves
     * @return the step
     */
    public static PlanStep step(String id, StepKind kind, String... serves) {
        return PlanStep.builder()
                .id(id)
                .kind(kind)
                .addServes(serves)
                .proposed(INTAKE, "m-jo")
                .build();
    }

    /** Mira's own agency, which holds her plan. */
    public static final String AGENCY = "org-north-bay-outreach";

    /** The shelter Mira is referred to. */
    public static final String SHELTER = "org-aurora-house";

    /**
     * Returns the grant Mira gave by phone, at the intake, for the shelter referral: identity,
     * contact, priorities and location for referral and accompaniment, for 90 days.
     *
     * @return the grant {@code c-1}, recorded by m-jo five minutes after the intake
     */
    public static ConsentGrant shelterGrant() {
        return ConsentGrant.builder()
                .id("c-1")
                .recipient(Recipient.organisation(SHELTER))
                .addCategories(
                        InformationCategory.IDENTITY,
                        InformationCategory.CONTACT,
                        InformationCategory.PRIORITIES,
                        InformationCategory.LOCATION_AND_SAFETY)
                .addPurposes(Purpose.REFERRAL, Purpose.ACCOMPANIMENT)
                .start(INTAKE)
                .end(INTAKE.plusSeconds(90L * 86_400))
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(edit(5).getAt())
                .conditions(SensitiveText.of("Only call the cell, never the house"))
                .build();
    }

    /**
     * Returns Mira's plan, held by her agency: three priorities, a lead case worker and a paid peer
     * worker, a referral to a shelter with accompaniment accepted, her consent for it, and her
     * agreement.
     *
     * @return revision 9 of the plan
     */
    public static CarePlan mira() {
        Person mira = Person.builder()
                .id("person-2c9e")
                .chosenName(SensitiveText.of("Mira"))
                .addLanguages("fr", "en")
                .selfDescription(SensitiveText.of("I got out of a bad situation in Timmins"))
                .safeContact(SafeContact.builder()
                        .addChannels(ContactChannel.TEXT_MESSAGE)
                        .addNeverUse(ContactChannel.EMAIL)
                        .codeWord(SensitiveText.of("raspberry"))
                        .build())
                .build();
        PlanStep shelter = PlanStep.builder()
                .id("s-shelter")
                .kind(StepKind.REFERRAL)
                .addServes("p-home")
                .provider("org-aurora-house")
                .responsible("m-jo")
                .accompaniment(Accompaniment.ACCEPTED)
                .accompaniedBy("m-jo")
                .firstAppointment(true)
                .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES)
                .proposed(INTAKE, "m-jo")
                .build();
        return CarePlan.start("plan-2c9e", AGENCY, mira, edit(0))
                .addMember(
                        TeamMember.builder()
                                .id("m-jo")
                                .role(TeamRole.DEDICATED_CASE_WORKER)
                                .lead(true)
                                .paid(true)
                                .build(),
                        edit(1))
                .addMember(
                        TeamMember.builder()
                                .id("m-rae")
                                .role(TeamRole.PEER_SUPPORT_WORKER)
                                .paid(true)
                                .build(),
                        edit(1))
                .addPriority(priority("p-son", "Get my son back", Domain.EMOTIONAL, Domain.SPIRITUAL), 1, edit(2))
                .addPriority(priority("p-home", "A place of my own", Domain.PHYSICAL), 2, edit(2))
                .addPriority(priority("p-sleep", "Sleep through the night", Domain.PSYCHOLOGICAL), 3, edit(2))
                .proposeStep(shelter, edit(3))
                .agreeToStep("s-shelter", AgreementMode.VERBAL, edit(4))
                .recordConsent(shelterGrant(), edit(5));
    }
    /**
     * Mira's plan whose shelter step the agency described in English and French, at revision 2.
     *
     * @return the plan
     */
    public static CarePlan miraWithBilingualStep() {
        CarePlan mira = mira();
        return mira.updateStep(
                PlanStep.builder()
                        .from(mira.findStep("s-shelter").orElseThrow())
                        .description(org.pathways.LocalizedText.of("Intake at the front desk")
                                .with("fr", "Accueil à la réception"))
                        .build(),
                edit(6));
    }

    /**
     * A directory of one fictional organisation whose name, service name and hours are written in
     * English and French.
     *
     * @return the directory
     */
    public static org.pathways.directory.ServiceDirectory bilingualNetwork() {
        return org.pathways.directory.ServiceDirectory.builder()
                .addOrganisations(org.pathways.directory.Organisation.of(
                        "org-birchwood-house",
                        org.pathways.LocalizedText.of("Birchwood House").with("fr", "Maison Birchwood")))
                .addServices(org.pathways.directory.Service.builder()
                        .id("svc-birchwood-shelter")
                        .organisation("org-birchwood-house")
                        .name(org.pathways.LocalizedText.of("Emergency shelter").with("fr", "Hébergement d'urgence"))
                        .hours(org.pathways.LocalizedText.of("9 to 5").with("fr", "De 9 h à 17 h"))
                        .addProgramming(StepKind.SHELTER_AND_HOUSING)
                        .build())
                .build();
    }
}
