package org.pathways.priority;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * Something the person says matters, kept in their own words, such as "I want my son home with me".
 *
 * <pre>{@code
 * Priority p = Priority.builder()
 *         .id("p-son")
 *         .statement(SensitiveText.of("I want my son home with me"))
 *         .category(PriorityCategory.CHILDREN_AND_FAMILY)
 *         .addDomains(Domain.EMOTIONAL, Domain.SPIRITUAL)
 *         .expressedAt(Instant.parse("2026-03-02T15:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>A priority has no rank of its own: its rank is its position in the person's
 * {@link Priorities}. The category and domains are optional aids for finding services; the statement
 * is what the person said, verbatim.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Priority {
    Priority() {}

    /**
     * Returns a new builder.
     *
     * @return a builder with no values set and status {@link PriorityStatus#ACTIVE}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the identifier of this priority within the plan, opaque and safe to log.
     *
     * @return the identifier, such as {@code p-son}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns what the person said, verbatim.
     *
     * @return the statement, sensitive
     */
    @NotNull
    public abstract SensitiveText getStatement();

    /**
     * Returns the optional category, an aid for matching and counts.
     *
     * @return the category, or empty when none was chosen
     */
    public abstract Optional<PriorityCategory> getCategory();

    /**
     * Returns the medicine-wheel domains this priority touches, in the order of {@link Domain}.
     *
     * @return the domains; may be empty when none were named
     */
    @NotNull
    public abstract Set<Domain> getDomains();

    /**
     * Returns when the person expressed this priority.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getExpressedAt();

    /**
     * Returns where the priority stands, as the person sees it.
     *
     * @return the status, {@link PriorityStatus#ACTIVE} unless set otherwise
     */
    @Value.Default
    @NotNull
    public PriorityStatus getStatus() {
        return PriorityStatus.ACTIVE;
    }

    /**
     * Returns a copy with another status, as the person said.
     *
     * @param status the new status
     * @return the changed copy
     */
    public Priority withStatus(PriorityStatus status) {
        return builder().from(this).status(status).build();
    }

    /**
     * Asks whether the person is working on this priority now.
     *
     * @return true when the status is {@link PriorityStatus#ACTIVE}
     */
    public boolean isActive() {
        return getStatus() == PriorityStatus.ACTIVE;
    }

    @Value.Check
    void check() {
        Checks.id("priority.id", getId());
    }

    /** Builds a {@link Priority}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutablePriority.Builder {
        Builder() {}
    }
}
