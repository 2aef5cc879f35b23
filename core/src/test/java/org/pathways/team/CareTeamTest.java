package org.pathways.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

class CareTeamTest {
    private final TeamMember jo = TeamMember.builder()
            .id("m-jo")
            .role(TeamRole.DEDICATED_CASE_WORKER)
            .lead(true)
            .build();
    private final TeamMember rae = TeamMember.builder()
            .id("m-rae")
            .role(TeamRole.PEER_SUPPORT_WORKER)
            .paid(true)
            .build();
    private final TeamMember sam = TeamMember.builder()
            .id("m-sam")
            .role(TeamRole.DEDICATED_CASE_WORKER)
            .build();

    @Test
    void findsTheLead() {
        assertEquals(Optional.of(jo), CareTeam.of(List.of(rae, jo)).getLead());
        assertEquals(Optional.empty(), CareTeam.of(List.of(rae)).getLead());
    }

    @Test
    void removingKeepsTheMemberAsFormerAndNoLongerLead() {
        CareTeam team = CareTeam.of(List.of(jo, rae)).withRemoved("m-jo");
        assertEquals(List.of(rae), team.getMembers());
        assertTrue(team.findCurrent("m-jo").isEmpty());
        assertFalse(team.find("m-jo").orElseThrow().isLead());
        assertTrue(team.getLead().isEmpty());
    }

    @Test
    void rejectsASecondLead() {
        TeamMember samLead = TeamMember.builder().from(sam).lead(true).build();
        Expect.rejects(
                InvalidPlanException.class,
                () -> CareTeam.of(List.of(jo)).withAdded(samLead),
                "team.members",
                "more than one lead");
    }

    @Test
    void rejectsAnIdUsedTwiceEvenByAFormerMember() {
        CareTeam team = CareTeam.of(List.of(jo, rae)).withRemoved("m-rae");
        Expect.rejects(
                InvalidPlanException.class,
                () -> team.withAdded(rae),
                "team",
                "the identifier of the item at 2 repeats that of the item at 1");
    }

    @Test
    void rejectsRemovingSomeoneWhoIsNotOnTheTeam() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> CareTeam.empty().withRemoved("m-jo"),
                "team.members",
                "no current member has this identifier");
    }

    @Test
    void rejectsAFormerLead() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> CareTeam.of(List.of(), List.of(jo)),
                "team.former",
                "cannot be the lead");
    }
}
