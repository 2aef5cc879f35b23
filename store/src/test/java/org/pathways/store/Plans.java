package org.pathways.store;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.person.Person;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/** Fictional plans for the store's tests, each with its own identifiers. */
final class Plans {
    static final String AGENCY = "org-north-bay-outreach";
    static final String SHELTER = "org-aurora-house";
    static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Plans() {}

    /** A fresh identifier suffix, unique in this JVM and across JVMs sharing the database. */
    static String unique() {
        return Long.toString(ProcessHandle.current().pid(), 36) + "-" + SEQUENCE.incrementAndGet();
    }

    static Edit edit(String author, int minutes) {
        return Edit.of(author, INTAKE.plusSeconds(60L * minutes), true);
    }

    /** Revision 1 of a new plan held by the agency, for a person with her own words. */
    static CarePlan start(String planId, String personId, String chosenName) {
        Person person = Person.builder()
                .id(personId)
                .chosenName(SensitiveText.of(chosenName))
                .build();
        return CarePlan.start(planId, AGENCY, person, edit("m-jo", 0));
    }

    /** The next revision: m-jo joins as the lead worker, a minute after the intake. */
    static CarePlan withLead(CarePlan plan) {
        return plan.addMember(
                TeamMember.builder()
                        .id("m-jo")
                        .role(TeamRole.DEDICATED_CASE_WORKER)
                        .lead(true)
                        .build(),
                edit("m-jo", 1));
    }

    /** Two revisions on: the lead worker ({@link #withLead}), then one priority in her words. */
    static CarePlan withPriority(CarePlan plan, String words) {
        return withLead(plan)
                .addPriority(
                        Priority.builder()
                                .id("p-home")
                                .statement(SensitiveText.of(words))
                                .category(PriorityCategory.OTHER)
                                .addDomains(Domain.PHYSICAL)
                                .expressedAt(INTAKE)
                                .build(),
                        1,
                        edit("m-jo", 2));
    }

    /** A grant to the shelter of identity, contact and priorities for a referral. */
    static ConsentGrant grant(String id, String recipient, Instant at) {
        return ConsentGrant.builder()
                .id(id)
                .recipient(Recipient.organisation(recipient))
                .addCategories(
                        InformationCategory.IDENTITY, InformationCategory.CONTACT, InformationCategory.PRIORITIES)
                .addPurposes(Purpose.REFERRAL, Purpose.CASE_CONFERENCE)
                .start(at)
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(at)
                .build();
    }
}
