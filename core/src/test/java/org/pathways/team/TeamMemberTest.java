package org.pathways.team;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.testing.Expect;

class TeamMemberTest {
    @Test
    void aDedicatedCaseWorkerCanLead() {
        TeamMember jo = TeamMember.builder()
                .id("m-jo")
                .role(TeamRole.DEDICATED_CASE_WORKER)
                .lead(true)
                .build();
        assertTrue(jo.isLead());
        assertFalse(jo.isPaid());
    }

    @Test
    void rejectsALeadWhoIsNotADedicatedCaseWorker() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> TeamMember.builder()
                        .id("m-ana")
                        .role(TeamRole.COUNSELLOR)
                        .lead(true)
                        .build(),
                "member.lead",
                "member m-ana is counsellor; only a dedicated_case_worker can be the lead");
    }

    @Test
    void rejectsAnOrganisationThatIsNotAnIdentifier() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> TeamMember.builder()
                        .id("m-1")
                        .role(TeamRole.OTHER)
                        .organisation("North Bay Outreach")
                        .build(),
                "member.organisation",
                "is not an identifier");
    }

    @Test
    void toStringHidesTheName() {
        TeamMember aunt = TeamMember.builder()
                .id("m-aunt")
                .role(TeamRole.FAMILY)
                .name(SensitiveText.of("Auntie Bea"))
                .build();
        assertFalse(aunt.toString().contains("Bea"));
    }
}
