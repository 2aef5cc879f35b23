package org.pathways.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.referral.Referrer;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/**
 * The worked referral example, fictional: Amara's agency refers her to Harbour House, which
 * waitlists and then declines for identity documents; then to Juniper Lodge, with her case worker
 * going along, which accepts.
 */
public final class ReferralSamples {
    /** Amara's agency. */
    public static final String AGENCY = "org-north-bay-centre";
    /** The first shelter. */
    public static final String HARBOUR = "org-harbour-house";
    /** The second shelter. */
    public static final String JUNIPER = "org-juniper-lodge";
    /** The intake meeting. */
    public static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");

    private ReferralSamples() {}

    /**
     * Returns an edit by the case worker, days and minutes after the intake.
     *
     * @param days days after the intake
     * @param minutes and minutes
     * @return the edit
     */
    public static Edit at(int days, int minutes) {
        return Edit.of("m-jo", time(days, minutes), true);
    }

    /**
     * Returns an instant days and minutes after the intake.
     *
     * @param days days
     * @param minutes minutes
     * @return the instant
     */
    public static Instant time(int days, int minutes) {
        return INTAKE.plusSeconds(86_400L * days + 60L * minutes);
    }

    /**
     * Returns the case worker as a referrer.
     *
     * @return Jo, of Amara's agency
     */
    public static Referrer jo() {
        return Referrer.builder()
                .id("m-jo")
                .role(TeamRole.DEDICATED_CASE_WORKER)
                .organisation(AGENCY)
                .name(SensitiveText.of("Jo Tremblay"))
                .reach(SensitiveText.of("705-555-0142, weekdays 9 to 5"))
                .build();
    }

    /**
     * Returns a referral grant for a shelter: identity, contact, priorities, plan steps, location
     * and safety, and for the second shelter the care team too.
     *
     * @param id the grant's identifier
     * @param shelter the shelter
     * @param withTeam whether the care team may be shared
     * @param at when it was given
     * @return the grant, for 90 days
     */
    public static ConsentGrant grant(String id, String shelter, boolean withTeam, Instant at) {
        ConsentGrant.Builder b = ConsentGrant.builder()
                .id(id)
                .recipient(Recipient.organisation(shelter))
                .addCategories(
                        InformationCategory.IDENTITY,
                        InformationCategory.CONTACT,
                        InformationCategory.PRIORITIES,
                        InformationCategory.PLAN_STEPS,
                        InformationCategory.LOCATION_AND_SAFETY)
                .addPurposes(Purpose.REFERRAL)
                .start(at)
                .end(at.plusSeconds(90L * 86_400))
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(at);
        if (withTeam) {
            b.addCategories(InformationCategory.CARE_TEAM);
        }
        return b.build();
    }

    /**
     * {@link #amara()} after she asked, aloud, that her work priority ({@code p-work}) not go to
     * Harbour House: refusal {@code c-hold}, recorded half an hour after intake.
     *
     * @return the plan
     */
    public static CarePlan amaraWithholdingWorkFromHarbour() {
        return amara().recordConsent(
                        ConsentRefusal.builder()
                                .id("c-hold")
                                .recipient(Recipient.organisation(HARBOUR))
                                .addItems("p-work")
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(time(0, 30))
                                .build(),
                        at(0, 30));
    }

    /**
     * Returns Amara's plan before any referral: two priorities in her words, a case worker, a
     * health priority she does not share, the referral to Harbour House agreed, and her consent for it.
     *
     * @return the plan
     */
    public static CarePlan amara() {
        Person amara = Person.builder()
                .id("person-7a41")
                .chosenName(SensitiveText.of("Amara"))
                .addLanguages("en", "fr")
                .safeContact(SafeContact.builder()
                        .addChannels(ContactChannel.TEXT_MESSAGE)
                        .addNeverUse(ContactChannel.EMAIL, ContactChannel.PHONE_CALL)
                        .safeTimes(SensitiveText.of("after 6 pm on weekdays"))
                        .codeWord(SensitiveText.of("blue heron"))
                        .build())
                .build();
        PlanStep harbour = PlanStep.builder()
                .id("s-harbour")
                .kind(StepKind.REFERRAL)
                .addServes("p-safe")
                .provider(HARBOUR)
                .responsible("m-jo")
                .due(LocalDate.parse("2026-03-09"))
                .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(time(0, 10), "m-jo")
                .build();
        return CarePlan.start("plan-7a41", AGENCY, amara, at(0, 0))
                .addMember(
                        TeamMember.builder()
                                .id("m-jo")
                                .role(TeamRole.DEDICATED_CASE_WORKER)
                                .lead(true)
                                .paid(true)
                                .build(),
                        at(0, 1))
                .addPriority(priority("p-safe", "A bed where he cannot find me", PriorityCategory.HOUSING), 1, at(0, 2))
                .addPriority(priority("p-work", "Get back to my cooking course", PriorityCategory.OTHER), 2, at(0, 2))
                .addPriority(
                        priority("p-health", "Something for the pain in my back", PriorityCategory.HEALTH), 3, at(0, 2))
                .proposeStep(harbour, at(0, 10))
                .agreeToStep("s-harbour", AgreementMode.VERBAL, at(0, 11))
                .recordConsent(grant("c-harbour", HARBOUR, false, time(0, 12)), at(0, 12));
    }

    /**
     * Returns the accompanied referral to Juniper Lodge, proposed: Jo goes with her.
     *
     * @param proposedAt when it was proposed
     * @return the step
     */
    public static PlanStep juniperStep(Instant proposedAt) {
        return PlanStep.builder()
                .id("s-juniper")
                .kind(StepKind.REFERRAL)
                .addServes("p-safe", "p-work")
                .provider(JUNIPER)
                .responsible("m-jo")
                .accompaniment(Accompaniment.ACCEPTED)
                .accompaniedBy("m-jo")
                .firstAppointment(true)
                .due(LocalDate.parse("2026-04-06"))
                .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(proposedAt, "m-jo")
                .build();
    }

    /**
     * Returns an answer.
     *
     * @param id its identifier
     * @param referral the packet it answers
     * @param step the step
     * @param from the organisation
     * @param kind what it says
     * @param at when
     * @return a builder with those set, for the kind's own fields
     */
    public static ReferralAnswer.Builder answer(
            String id, String referral, String step, String from, AnswerKind kind, Instant at) {
        return ReferralAnswer.builder()
                .id(id)
                .referral(referral)
                .step(step)
                .from(from)
                .kind(kind)
                .at(at);
    }

    private static Priority priority(String id, String words, PriorityCategory category) {
        return Priority.builder()
                .id(id)
                .statement(SensitiveText.of(words))
                .category(category)
                .addDomains(Domain.PHYSICAL)
                .expressedAt(INTAKE)
                .build();
    }
}
