package org.pathways.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * The record of information that left the plan: who received which categories, for what purpose,
 * when, who shared it, and on what basis.
 *
 * <pre>{@code
 * // made by Disclosures.disclose(...) when consent permits:
 * //   basis consent, grants [c-1]
 * // recorded by hand for a rare lawful disclosure without consent:
 * Disclosure.builder()
 *         .id("d-2")
 *         .recipient(Recipient.organisation("org-child-services"))
 *         .purpose(Purpose.COORDINATION)
 *         .addCategories(InformationCategory.IDENTITY, InformationCategory.CHILDREN_AND_FAMILY)
 *         .at(at).by("m-jo")
 *         .basis(DisclosureBasis.LEGAL_DUTY)
 *         .reason(SensitiveText.of("duty to report under the child protection act"))
 *         .decidedBy("m-supervisor")
 *         .decidedAs("privacy-officer")
 *         .personToldAt(at)
 *         .build();
 * }</pre>
 *
 * <p>A disclosure on the basis of consent names the grants that permitted it, and the plan checks
 * that the ledger permitted every category at that time. Any other basis is never a silent override:
 * it carries the reason, who decided and in what role, and whether and when the person was told; the
 * agency's {@link ConsentPolicy} says which roles may decide one.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Disclosure {
    Disclosure() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the record's identifier, unique in the plan's disclosure log.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns who received the information.
     *
     * @return the recipient
     */
    @NotNull
    public abstract Recipient getRecipient();

    /**
     * Returns what it was shared for.
     *
     * @return the purpose
     */
    @NotNull
    public abstract Purpose getPurpose();

    /**
     * Returns the categories that were shared.
     *
     * @return the categories, in the order of {@link InformationCategory}; empty when consent
     *     permitted nothing the plan holds
     */
    @NotNull
    public abstract Set<InformationCategory> getCategories();

    /**
     * Returns when it was shared.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Returns when the disclosure was recorded, when that was later than when it was made: a late
     * entry keeps both, so the review and the audit see it ({@link org.pathways.plan.CarePlan#recordDisclosure}
     * sets it).
     *
     * @return the instant, after {@link #getAt()}; empty when recorded as it was made
     */
    public abstract Optional<Instant> getRecordedAt();

    /**
     * Returns when it entered the record: {@link #getRecordedAt()}, or {@link #getAt()} for a
     * disclosure recorded as it was made.
     *
     * @return the instant
     */
    public Instant getEnteredAt() {
        return getRecordedAt().orElse(getAt());
    }

    /**
     * Returns who shared it.
     *
     * @return a team member's or another actor's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getBy();

    /**
     * Returns the ground for sharing.
     *
     * @return the basis; {@link DisclosureBasis#CONSENT} unless set
     */
    @Value.Default
    @NotNull
    public DisclosureBasis getBasis() {
        return DisclosureBasis.CONSENT;
    }

    /**
     * Returns the grants that permitted the disclosure.
     *
     * @return the grant identifiers; present exactly when the basis is consent
     */
    @NotNull
    public abstract Set<@Pattern(regexp = Checks.ID_PATTERN) String> getGrants();

    /**
     * Returns why information was shared without consent.
     *
     * @return the reason, sensitive; present exactly when the basis is not consent
     */
    public abstract Optional<SensitiveText> getReason();

    /**
     * Returns who decided to share without consent.
     *
     * @return the decider's identifier; present exactly when the basis is not consent
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getDecidedBy();

    /**
     * Returns the role in which the decider decided to share without consent, as the agency names
     * it, such as {@code privacy-officer}; the agency's {@link ConsentPolicy} says which roles may.
     *
     * @return the role's identifier; only when the basis is not consent. Records made before roles
     *     were recorded have none; a new one gets past {@link ConsentPolicy#authorise} only with an
     *     authorised role
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getDecidedAs();

    /**
     * Returns when the person was told of a disclosure made without their consent.
     *
     * @return the instant; empty while they have not been told
     */
    public abstract Optional<Instant> getPersonToldAt();

    /**
     * Returns a copy recording that the person was told.
     *
     * @param at when they were told; not before the disclosure
     * @return the copy
     */
    public Disclosure withPersonToldAt(Instant at) {
        return builder().from(this).personToldAt(at).build();
    }

    @Value.Check
    void check() {
        String f = "disclosures[" + getId() + "]";
        Checks.id("disclosure.id", getId());
        Checks.id(f + ".by", getBy());
        getGrants().forEach(g -> Checks.id(f + ".grants", g));
        getDecidedBy().ifPresent(d -> Checks.id(f + ".decidedBy", d));
        getDecidedAs().ifPresent(d -> Checks.id(f + ".decidedAs", d));
        boolean consent = getBasis() == DisclosureBasis.CONSENT;
        if (getRecordedAt().isPresent() && !getRecordedAt().get().isAfter(getAt())) {
            Checks.fail(
                    f + ".recordedAt", "is not after the disclosure; a disclosure recorded as it was made has none");
        }
        if (consent) {
            if (getCategories().isEmpty()) {
                Checks.fail(f + ".categories", "a disclosure under consent names what was shared");
            }
            if (getGrants().isEmpty() != getCategories().isEmpty()) {
                Checks.fail(f + ".grants", "a disclosure under consent names the grants that permitted it");
            }
            if (getReason().isPresent()
                    || getDecidedBy().isPresent()
                    || getDecidedAs().isPresent()
                    || getPersonToldAt().isPresent()) {
                Checks.fail(
                        f + ".basis",
                        "reason, decidedBy, decidedAs and personToldAt belong to a disclosure without consent");
            }
        } else {
            if (!getGrants().isEmpty()) {
                Checks.fail(
                        f + ".grants", "a disclosure on the basis " + getBasis().getCode() + " names no grant");
            }
            if (getReason().isEmpty() || getDecidedBy().isEmpty()) {
                Checks.fail(
                        f + ".reason",
                        "a disclosure without consent (" + getBasis().getCode()
                                + ") records its reason and who decided");
            }
            if (getCategories().isEmpty()) {
                Checks.fail(f + ".categories", "a disclosure without consent names what was shared");
            }
        }
        if (getPersonToldAt().isPresent() && getPersonToldAt().get().isBefore(getAt())) {
            Checks.fail(f + ".personToldAt", getPersonToldAt().get() + " is before the disclosure at " + getAt());
        }
    }

    /** Builds a {@link Disclosure}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableDisclosure.Builder {
        Builder() {}
    }
}
