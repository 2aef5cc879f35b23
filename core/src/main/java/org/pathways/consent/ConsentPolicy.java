package org.pathways.consent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.ErrorCode;
import org.pathways.internal.Checks;

/**
 * An agency's consent policy: how long a release the person gives without an end lasts, how early a
 * worker is told that consent is about to end, whether a recipient is told that something was
 * withheld at the person's request, and which roles may decide a disclosure without consent.
 *
 * <pre>{@code
 * ConsentPolicy policy = ConsentPolicy.builder()
 *         .releaseDays(90)                 // time-limited releases, as the agency's forms say
 *         .renewalNoticeDays(14)           // a review advisory two weeks before a grant ends
 *         .noticeOfWithheld(true)          // "something was withheld at the person's request"
 *         .addOverrideRoles("privacy-officer", "clinical-supervisor")
 *         .build();
 * plan = plan.recordConsent(policy.apply(grant), edit);      // the grant now expires after 90 days
 * Disclosures.disclose(plan, recipient, Purpose.REFERRAL, edit, policy);
 * PlanReview.of(plan, policy, now);                           // consent_expiring before it ends
 * plan = plan.recordDisclosure(lawful, edit, policy);         // refused unless decidedAs is authorised
 * }</pre>
 *
 * <p>A policy is the agency's configuration, not part of a plan: what it decides is written into
 * the plan when it applies — a grant's {@linkplain ConsentGrant#getExpiresAt() expiry} when the grant
 * is recorded, a disclosure's {@linkplain Disclosure#getDecidedAs() role} when it is recorded — so a
 * later change of policy never changes what an earlier grant permitted. The library cannot know who
 * is really in a role: the embedding application authenticates its users and says in which role
 * each acts.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsentPolicy {
    private static final ConsentPolicy DEFAULTS = builder().build();

    ConsentPolicy() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the policy of an agency that sets none: grants last as the person says, a worker is
     * told 14 days before a grant ends, a recipient is not told of what was withheld, and no role
     * may decide a disclosure without consent.
     *
     * @return the default policy
     */
    public static ConsentPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns how many days a grant the person gives without an end lasts, from when it takes
     * effect.
     *
     * @return from 1 to 3650 days; empty when such a grant lasts until it is withdrawn
     */
    public abstract Optional<@Min(1) @Max(3650) Integer> getReleaseDays();

    /**
     * Returns how many days before a grant ends the plan review says so
     * ({@code consent_expiring}), so the worker can ask the person whether to renew it.
     *
     * @return from 0 (never) to 365 days; 14 unless set
     */
    @Value.Default
    @Min(0)
    @Max(365)
    public int getRenewalNoticeDays() {
        return 14;
    }

    /**
     * Asks whether a recipient's view says that something was withheld at the person's request,
     * without saying what — the notice Ontario's health privacy law asks of a custodian that
     * withholds information a recipient needs because of the person's instruction.
     *
     * @return true when the agency gives that notice; false unless set
     */
    @Value.Default
    public boolean isNoticeOfWithheld() {
        return false;
    }

    /**
     * Returns the roles the agency authorises to decide a disclosure without the person's consent
     * (imminent risk of serious harm, a legal duty, a court order), as the agency names them.
     *
     * @return the roles' identifiers, such as {@code privacy-officer}; empty when no one may
     */
    @NotNull
    public abstract Set<@Pattern(regexp = Checks.ID_PATTERN) String> getOverrideRoles();

    /**
     * Gives a grant without an end the expiry of this policy, as of when it takes effect; returns
     * any other entry, and a grant with an end or an expiry, as it is.
     *
     * <pre>{@code
     * ConsentGrant g = (ConsentGrant) policy.apply(open);  // open: no end, takes effect 2026-03-02T15:05Z
     * g.getExpiresAt();                                     // 2026-05-31T15:05:00Z, 90 days later
     * }</pre>
     *
     * @param <E> the kind of entry
     * @param entry the entry about to be recorded
     * @return the entry, with the policy's expiry if it is an open grant and the policy limits grants
     */
    @SuppressWarnings("unchecked")
    public <E extends ConsentEntry> E apply(E entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry instanceof ConsentGrant g
                && getReleaseDays().isPresent()
                && g.getEnd().isEmpty()
                && g.getExpiresAt().isEmpty()) {
            return (E) ConsentGrant.builder()
                    .from(g)
                    .expiresAt(g.getEffectiveFrom()
                            .plus(Duration.ofDays(getReleaseDays().get())))
                    .build();
        }
        return entry;
    }

    /**
     * Asks whether a role may decide a disclosure without the person's consent.
     *
     * @param role the role's identifier
     * @return true when the policy authorises it
     */
    public boolean authorises(String role) {
        return getOverrideRoles().contains(Objects.requireNonNull(role, "role"));
    }

    /**
     * Checks that a disclosure may be recorded under this policy: one under consent always may (the
     * plan checks it against the ledger); one without consent only when it names a role this policy
     * authorises.
     *
     * @param disclosure the record
     * @return the record
     * @throws org.pathways.InvalidPlanException with {@link ErrorCode#OVERRIDE_NOT_AUTHORISED} when
     *     it names no role, or one the policy does not authorise
     */
    public Disclosure authorise(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        if (disclosure.getBasis() == DisclosureBasis.CONSENT) {
            return disclosure;
        }
        String f = "disclosures[" + disclosure.getId() + "].decidedAs";
        if (disclosure.getDecidedAs().isEmpty()) {
            throw Checks.fail(
                    ErrorCode.OVERRIDE_NOT_AUTHORISED,
                    f,
                    "a disclosure without consent (" + disclosure.getBasis().getCode()
                            + ") names the role in which it was decided");
        }
        if (!authorises(disclosure.getDecidedAs().get())) {
            throw Checks.fail(
                    ErrorCode.OVERRIDE_NOT_AUTHORISED,
                    f,
                    "the agency's consent policy does not authorise this role to decide a disclosure without"
                            + " consent (" + disclosure.getBasis().getCode() + ")");
        }
        return disclosure;
    }

    @Value.Check
    void check() {
        getReleaseDays().ifPresent(d -> {
            if (d < 1 || d > 3650) {
                Checks.fail("policy.releaseDays", "is a number of days from 1 to 3650");
            }
        });
        if (getRenewalNoticeDays() < 0 || getRenewalNoticeDays() > 365) {
            Checks.fail("policy.renewalNoticeDays", "is a number of days from 0 to 365");
        }
        getOverrideRoles().forEach(r -> Checks.id("policy.overrideRoles", r));
    }

    /** Builds a {@link ConsentPolicy}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableConsentPolicy.Builder {
        Builder() {}
    }
}
