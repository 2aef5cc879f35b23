package org.pathways.plan;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The identity of one revision of a plan: its number, who made it and when, whether the person was
 * present, and what changed, such as {@code revision 4 by m-jo at 2026-03-02T15:30:00Z: step s-2
 * agreed (verbal)}.
 *
 * <p>Revisions of a plan form one line: revision {@code n} is made from revision {@code n - 1}, and
 * {@link PlanHistory} refuses a second revision {@code n}. The description names identifiers and
 * codes only, never the person's words.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Revision {
    Revision() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first revision of a new plan.
     *
     * @param edit who created the plan, when, and whether the person was present
     * @return revision 1
     */
    public static Revision first(Edit edit) {
        return of(1, edit, "plan created");
    }

    static Revision of(int number, Edit edit, String description) {
        return builder()
                .number(number)
                .author(edit.getAuthor())
                .at(edit.getAt())
                .personPresent(edit.isPersonPresent())
                .description(description)
                .build();
    }

    /**
     * Returns the revision number, from 1.
     *
     * @return the number
     */
    @Min(1)
    public abstract int getNumber();

    /**
     * Returns the number of the revision this one was made from.
     *
     * @return {@code number - 1}, or empty for revision 1
     */
    public OptionalInt getBasedOn() {
        return getNumber() == 1 ? OptionalInt.empty() : OptionalInt.of(getNumber() - 1);
    }

    /**
     * Returns who made the revision.
     *
     * @return the author's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getAuthor();

    /**
     * Returns when the revision was made.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Asks whether the person was present when the revision was made.
     *
     * @return true when present
     */
    public abstract boolean isPersonPresent();

    /**
     * Returns what changed, in identifiers and codes, never the person's words.
     *
     * @return the description; empty when none was recorded
     */
    public abstract Optional<String> getDescription();

    @Value.Check
    void check() {
        if (getNumber() < 1) {
            Checks.fail("revision.number", getNumber() + " is not a revision number; they start at 1");
        }
        Checks.id("revision.author", getAuthor());
        getDescription().ifPresent(d -> Checks.label("revision.description", d, 500));
    }

    /** Builds a {@link Revision}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableRevision.Builder {
        Builder() {}
    }
}
