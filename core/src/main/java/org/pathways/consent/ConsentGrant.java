package org.pathways.consent;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * The person's permission to share some categories of information with one recipient for some
 * purposes, over a period.
 *
 * <pre>{@code
 * ConsentGrant shelter = ConsentGrant.builder()
 *         .id("c-1")
 *         .recipient(Recipient.organisation("org-aurora-house"))
 *         .addCategories(InformationCategory.IDENTITY, InformationCategory.CONTACT,
 *                 InformationCategory.PRIORITIES)
 *         .addPurposes(Purpose.REFERRAL)
 *         .start(Instant.parse("2026-03-02T15:00:00Z"))
 *         .end(Instant.parse("2026-06-02T15:00:00Z"))
 *         .given(ConsentMode.VERBAL)
 *         .recordedBy("m-jo")
 *         .recordedAt(Instant.parse("2026-03-02T15:05:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>A grant is in effect from its start or from when it was recorded, whichever is later — consent
 * never reaches back to cover what was shared before it was recorded — until its end, if it has one,
 * or the expiry the agency's {@link ConsentPolicy} gave it, or until it is revoked. Renewing consent
 * is recording a new grant: an expired grant stays in the ledger as it was. A grant's purposes are either all service purposes or all reporting
 * purposes, and a reporting grant never covers an identifying category.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ConsentGrant implements ConsentEntry {
    ConsentGrant() {}

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
     * Returns who may receive the information.
     *
     * @return the recipient
     */
    @NotNull
    public abstract Recipient getRecipient();

    /**
     * Returns the categories the person agreed to share.
     *
     * @return at least one category, in the order of {@link InformationCategory}
     */
    @NotEmpty
    public abstract Set<InformationCategory> getCategories();

    /**
     * Returns what the information may be used for.
     *
     * @return at least one purpose, in the order of {@link Purpose}
     */
    @NotEmpty
    public abstract Set<Purpose> getPurposes();

    /**
     * Returns when the grant starts.
     *
     * @return the start
     */
    @NotNull
    public abstract Instant getStart();

    /**
     * Returns when the grant ends.
     *
     * @return the end, after the start; empty when open-ended
     */
    public abstract Optional<Instant> getEnd();

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

    /**
     * Returns when the agency's consent policy ends a grant the person gave without an end, such as
     * 90 days after it took effect for a time-limited release; set by {@link ConsentPolicy#apply}
     * when the grant is recorded, so the policy in force then holds for the grant's whole life.
     *
     * @return the policy's expiry, after the start; empty when the person set an end, or no policy
     *     limited the grant
     */
    public abstract Optional<Instant> getExpiresAt();

    /**
     * Returns when the grant stops permitting anything, unless it is withdrawn first: the end the
     * person set, or else the expiry of the agency's policy.
     *
     * @return the end or the expiry; empty when the grant is open-ended
     */
    public Optional<Instant> getEffectiveEnd() {
        return getEnd().isPresent() ? getEnd() : getExpiresAt();
    }

    /**
     * Returns the conditions the person set, in their words, such as "don't call me at work".
     *
     * @return the conditions, sensitive; empty when none
     */
    public abstract Optional<SensitiveText> getConditions();

    /**
     * Returns when the grant starts to permit anything: its start, or when it was recorded if later.
     *
     * @return the instant
     */
    public Instant getEffectiveFrom() {
        return getStart().isAfter(getRecordedAt()) ? getStart() : getRecordedAt();
    }

    @Value.Check
    void check() {
        String f = "consent[" + getId() + "]";
        Checks.id("consent.id", getId());
        Checks.id(f + ".recordedBy", getRecordedBy());
        if (getCategories().isEmpty()) {
            Checks.fail(f + ".categories", "a grant covers at least one category");
        }
        if (getPurposes().isEmpty()) {
            Checks.fail(f + ".purposes", "a grant covers at least one purpose");
        }
        long reporting = getPurposes().stream().filter(Purpose::isReporting).count();
        if (reporting > 0 && reporting < getPurposes().size()) {
            Checks.fail(
                    f + ".purposes",
                    "service and reporting purposes need separate grants; one never implies the other");
        }
        if (reporting > 0) {
            getCategories().stream()
                    .filter(InformationCategory::isIdentifying)
                    .findFirst()
                    .ifPresent(c -> Checks.fail(
                            f + ".categories",
                            c.getCode() + " identifies the person and cannot be shared for a reporting purpose"));
        }
        if (getEnd().isPresent() && !getEnd().get().isAfter(getStart())) {
            Checks.fail(f + ".end", getEnd().get() + " is not after the start " + getStart());
        }
        if (getExpiresAt().isPresent()) {
            if (getEnd().isPresent()) {
                Checks.fail(
                        f + ".expiresAt",
                        "a grant with the end the person set has no policy expiry; the person's end holds");
            }
            if (!getExpiresAt().get().isAfter(getStart())) {
                Checks.fail(f + ".expiresAt", getExpiresAt().get() + " is not after the start " + getStart());
            }
        }
    }

    /** Builds a {@link ConsentGrant}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentGrant.Builder {
        Builder() {}
    }
}
