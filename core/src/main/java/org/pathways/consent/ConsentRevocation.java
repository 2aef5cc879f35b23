package org.pathways.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The person's withdrawal, from the moment it is recorded, of one earlier entry (a grant, or a
 * refusal they no longer hold to) or of every earlier grant to one recipient.
 *
 * <pre>{@code
 * ConsentRevocation.builder()
 *         .id("c-3")
 *         .revokes("c-1")                       // or .recipient(Recipient.organisation(...))
 *         .given(ConsentMode.VERBAL)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-09T16:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>A withdrawal the person says aloud ({@link ConsentMode#VERBAL}) takes effect at once, when it is
 * recorded; a later {@link ConsentConfirmation} records that it was confirmed in writing without
 * changing when it took effect.
 *
 * <p>A revocation never erases what it withdraws: decisions about earlier times still see the grant
 * as it was. Withdrawing everything from a recipient withdraws only grants recorded before it; it
 * never lifts a refusal.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConsentRevocation implements ConsentEntry {
    ConsentRevocation() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the one entry withdrawn.
     *
     * @return the identifier of an earlier grant or refusal; empty when a whole recipient is
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getRevokes();

    /**
     * Returns the recipient from whom every earlier grant is withdrawn.
     *
     * @return the recipient; empty when one entry is
     */
    public abstract Optional<Recipient> getRecipient();

    @Override
    @NotNull
    public abstract ConsentMode getGiven();

    @Override
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getRecordedBy();

    @Override
    @NotNull
    public abstract Instant getRecordedAt();

    @Value.Check
    void check() {
        String f = "consent[" + getId() + "]";
        Checks.id("consent.id", getId());
        Checks.id(f + ".recordedBy", getRecordedBy());
        getRevokes().ifPresent(id -> Checks.id(f + ".revokes", id));
        if (getRevokes().isPresent() == getRecipient().isPresent()) {
            Checks.fail(f + ".revokes", "a revocation names either one entry or one recipient");
        }
    }

    /** Builds a {@link ConsentRevocation}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentRevocation.Builder {
        Builder() {}
    }
}
