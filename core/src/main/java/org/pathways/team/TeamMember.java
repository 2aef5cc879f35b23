package org.pathways.team;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * A member of the care team, such as the dedicated case worker {@code m-jo} of the organisation
 * {@code org-north-bay-outreach}.
 *
 * <pre>{@code
 * TeamMember jo = TeamMember.builder()
 *         .id("m-jo")
 *         .name(SensitiveText.of("Jo"))
 *         .role(TeamRole.DEDICATED_CASE_WORKER)
 *         .organisation("org-north-bay-outreach")
 *         .lead(true)
 *         .paid(true)
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamMember {
    TeamMember() {}

    /**
     * Returns a new builder.
     *
     * @return a builder; lead and paid default to false
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the identifier of the member within the plan.
     *
     * @return the identifier, such as {@code m-jo}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the member's name, sensitive because family and family of choice are members too.
     *
     * @return the name; empty when only the identifier is kept
     */
    public abstract Optional<SensitiveText> getName();

    /**
     * Returns the member's role.
     *
     * @return the role
     */
    @NotNull
    public abstract TeamRole getRole();

    /**
     * Returns the identifier of the member's organisation.
     *
     * @return the organisation; empty for family and others outside any agency
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getOrganisation();

    /**
     * Asks whether this member is the lead case worker. Only a dedicated case worker can lead.
     *
     * @return true for the lead
     */
    @Value.Default
    public boolean isLead() {
        return false;
    }

    /**
     * Asks whether this member is paid for their work on the team. Peer support workers with lived
     * experience belong on the team as paid members (NORAHT recommendation 3).
     *
     * @return true when paid
     */
    @Value.Default
    public boolean isPaid() {
        return false;
    }

    @Value.Check
    void check() {
        Checks.id("member.id", getId());
        getOrganisation().ifPresent(o -> Checks.id("member.organisation", o));
        if (isLead() && getRole() != TeamRole.DEDICATED_CASE_WORKER) {
            Checks.fail(
                    "member.lead",
                    "member " + getId() + " is " + getRole().getCode()
                            + "; only a dedicated_case_worker can be the lead");
        }
    }

    /** Builds a {@link TeamMember}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableTeamMember.Builder {
        Builder() {}
    }
}
