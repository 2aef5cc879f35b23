package org.pathways.directory;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * What matching needs to know about the person's situation that the plan does not hold, as the
 * person tells it: where they are, the approaches they asked for, whether they have identity
 * documents; and today's date, since matching reads no clock.
 *
 * <pre>{@code
 * MatchContext context = MatchContext.builder()
 *         .today(LocalDate.parse("2026-03-02"))
 *         .community("North Bay")
 *         .addApproaches(Approach.HARM_REDUCTION, Approach.INDIGENOUS_CENTRIC)
 *         .hasIdentityDocuments(false)   // traffickers often take them
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MatchContext {
    MatchContext() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns today's date, to compare a waitlist with a step's due date.
     *
     * @return the date
     */
    @NotNull
    public abstract LocalDate getToday();

    /**
     * Returns the community the person is in or wants services in.
     *
     * @return a place name; empty when not said
     */
    public abstract Optional<String> getCommunity();

    /**
     * Returns the approaches the person asked for.
     *
     * @return the approaches, in the order of {@link Approach}
     */
    @NotNull
    public abstract Set<Approach> getApproaches();

    /**
     * Returns whether the person has identity documents.
     *
     * @return true or false; empty when not known
     */
    public abstract Optional<Boolean> getHasIdentityDocuments();

    @Value.Check
    void check() {
        getCommunity().ifPresent(c -> Checks.label("context.community", c, 100));
    }

    /** Builds a {@link MatchContext}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableMatchContext.Builder {
        Builder() {}
    }
}
