package org.pathways.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The team around the person: current members, and former members kept so that the plan's history
 * still names who did what.
 *
 * <pre>{@code
 * CareTeam team = CareTeam.of(List.of(jo, rae));
 * team.getLead();                 // Optional[jo]
 * team.withRemoved("m-rae");      // rae becomes a former member
 * }</pre>
 *
 * <p>Identifiers are unique across current and former members, and at most one current member is the
 * lead case worker. Membership never implies consent to share: see the consent ledger.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CareTeam {
    CareTeam() {}

    private static final CareTeam EMPTY = ImmutableCareTeam.builder().build();

    /**
     * Returns the team with no members.
     *
     * @return the empty team
     */
    public static CareTeam empty() {
        return EMPTY;
    }

    /**
     * Returns a team of current members.
     *
     * @param members the members; identifiers unique, at most one lead
     * @return the team
     */
    public static CareTeam of(List<TeamMember> members) {
        return ImmutableCareTeam.builder().addAllMembers(members).build();
    }

    /**
     * Returns a team of current and former members, as read back from storage.
     *
     * @param members the current members
     * @param former the former members
     * @return the team
     */
    public static CareTeam of(List<TeamMember> members, List<TeamMember> former) {
        return ImmutableCareTeam.builder()
                .addAllMembers(members)
                .addAllFormer(former)
                .build();
    }

    /**
     * Returns the current members, in the order they joined.
     *
     * @return the members
     */
    @NotNull
    public abstract List<@Valid TeamMember> getMembers();

    /**
     * Returns the former members, in the order they left.
     *
     * @return the former members
     */
    @NotNull
    public abstract List<@Valid TeamMember> getFormer();

    /**
     * Returns the lead case worker, if there is one.
     *
     * @return the lead, or empty
     */
    public Optional<TeamMember> getLead() {
        return getMembers().stream().filter(TeamMember::isLead).findFirst();
    }

    /**
     * Finds a current member.
     *
     * @param id the member's identifier
     * @return the member, or empty when no current member has that identifier
     */
    public Optional<TeamMember> findCurrent(String id) {
        Objects.requireNonNull(id, "id");
        return first(getMembers(), id);
    }

    /**
     * Finds a current or former member.
     *
     * @param id the member's identifier
     * @return the member, or empty when no member ever had that identifier
     */
    public Optional<TeamMember> find(String id) {
        Objects.requireNonNull(id, "id");
        Optional<TeamMember> current = first(getMembers(), id);
        return current.isPresent() ? current : first(getFormer(), id);
    }

    /** A team is a handful of people: a loop is the cheapest lookup, and this one runs for every step read. */
    private static Optional<TeamMember> first(List<TeamMember> members, String id) {
        for (TeamMember m : members) {
            if (m.getId().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a team with one more current member.
     *
     * @param member the new member; its identifier must be new to the team
     * @return the new team
     */
    public CareTeam withAdded(TeamMember member) {
        Objects.requireNonNull(member, "member");
        return ImmutableCareTeam.builder().from(this).addMembers(member).build();
    }

    /**
     * Returns a team in which a current member has become a former member.
     *
     * @param id the member's identifier
     * @return the new team
     * @throws org.pathways.InvalidPlanException with the code {@code not_found} if no current member
     *     has that identifier
     */
    public CareTeam withRemoved(String id) {
        TeamMember leaving = findCurrent(id).orElseThrow(() -> Checks.notFound("team.members", "current member"));
        List<TeamMember> members = new ArrayList<>(getMembers());
        members.remove(leaving);
        TeamMember former = TeamMember.builder().from(leaving).lead(false).build();
        return ImmutableCareTeam.builder()
                .addAllMembers(members)
                .addAllFormer(getFormer())
                .addFormer(former)
                .build();
    }

    @Value.Check
    void check() {
        Checks.unique(
                "team",
                Stream.concat(getMembers().stream(), getFormer().stream()).toList(),
                TeamMember::getId);
        if (getMembers().stream().filter(TeamMember::isLead).count() > 1) {
            Checks.fail("team.members", "more than one lead case worker; the person should have one");
        }
        if (getFormer().stream().anyMatch(TeamMember::isLead)) {
            Checks.fail("team.former", "a former member cannot be the lead");
        }
    }
}
