package org.pathways.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * The written confirmation of an entry the person gave aloud, such as a withdrawal said on the phone
 * and signed a week later.
 *
 * <pre>{@code
 * ConsentConfirmation.builder()
 *         .id("c-4")
 *         .confirms("c-3")                      // the oral revocation
 *         .given(ConsentMode.WRITTEN)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-16T10:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>A confirmation is a fact of its own, appended to the ledger: it changes no decision at any
 * time. What it confirms took effect when it was recorded — an oral withdrawal at once — and keeps
 * that time; the ledger only records that it is now also in writing. It confirms one earlier entry
 * given {@linkplain ConsentMode#VERBAL aloud}, once, and is itself written or electronic.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConsentConfirmation implements ConsentEntry {
    ConsentConfirmation() {}

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
     * Returns the entry confirmed.
     *
     * @return the identifier of an earlier grant, refusal or revocation given aloud
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getConfirms();

    /**
     * Returns how the confirmation was given: in writing or electronically, never aloud.
     *
     * @return the mode
     */
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
        Checks.id(f + ".confirms", getConfirms());
        if (getGiven() == ConsentMode.VERBAL) {
            Checks.fail(
                    f + ".given", "a confirmation is written or electronic; what was said aloud is already recorded");
        }
    }

    /** Builds a {@link ConsentConfirmation}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentConfirmation.Builder {
        Builder() {}
    }
}
