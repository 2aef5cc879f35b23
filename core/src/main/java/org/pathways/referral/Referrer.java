package org.pathways.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;
import org.pathways.team.TeamRole;

/**
 * Who refers and how to reach that worker, such as the dedicated case worker {@code m-jo} of
 * {@code org-north-bay-centre}, reached at a work phone.
 *
 * <pre>{@code
 * Referrer jo = Referrer.builder()
 *         .id("m-jo")
 *         .role(TeamRole.DEDICATED_CASE_WORKER)
 *         .organisation("org-north-bay-centre")
 *         .name(SensitiveText.of("Jo"))
 *         .reach(SensitiveText.of("705-555-0142, weekdays"))
 *         .build();
 * }</pre>
 *
 * <p>The worker gives this of themself; it is not the person's information and needs no consent of
 * hers. Name and means of reach are held as sensitive text all the same: they are a person's.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Referrer {
    Referrer() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the worker's identifier on the person's care team.
     *
     * @return the identifier, such as {@code m-jo}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the worker's role.
     *
     * @return the role
     */
    @NotNull
    public abstract TeamRole getRole();

    /**
     * Returns the referring agency.
     *
     * @return the organisation's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getOrganisation();

    /**
     * Returns the worker's name, as they want to be called.
     *
     * @return the name, sensitive; empty when not given
     */
    public abstract Optional<SensitiveText> getName();

    /**
     * Returns how to reach the worker: a work phone, an address, the hours.
     *
     * @return the means of reach, sensitive
     */
    @NotNull
    public abstract SensitiveText getReach();

    @Value.Check
    void check() {
        Checks.id("referrer.id", getId());
        Checks.id("referrer.organisation", getOrganisation());
    }

    /** Builds a {@link Referrer}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableReferrer.Builder {
        Builder() {}
    }
}
