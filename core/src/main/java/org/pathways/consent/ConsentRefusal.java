package org.pathways.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The person's explicit "never share this with them": from when it is recorded, it overrides every
 * grant to the same recipient for the same categories, for every purpose, whether the grant came
 * before or comes after.
 *
 * <pre>{@code
 * ConsentRefusal police = ConsentRefusal.builder()
 *         .id("c-2")
 *         .recipient(Recipient.organisation("org-city-police"))
 *         .addCategories(InformationCategory.values())
 *         .given(ConsentMode.VERBAL)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-02T15:06:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Only the person can lift a refusal, by a {@link ConsentRevocation} that names it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConsentRefusal implements ConsentEntry {
    ConsentRefusal() {}

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
     * Returns who must never receive the information.
     *
     * @return the recipient
     */
    @NotNull
    public abstract Recipient getRecipient();

    /**
     * Returns the categories never to be shared with the recipient.
     *
     * @return at least one category, in the order of {@link InformationCategory}
     */
    @NotEmpty
    public abstract Set<InformationCategory> getCategories();

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
        if (getCategories().isEmpty()) {
            Checks.fail(f + ".categories", "a refusal covers at least one category");
        }
    }

    /** Builds a {@link ConsentRefusal}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentRefusal.Builder {
        Builder() {}
    }
}
