package org.pathways.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency's retention rule: how long a plan is kept after its last change, for one agency or for
 * every plan in the store, such as {@code RetentionPolicy.afterLastChange(Duration.ofDays(7 * 365))
 * .forAgency("org-north-bay-outreach")}. The store applies it with {@link PlanStore#applyRetention};
 * every plan it ends is erased as by {@link PlanStore#erase}, with reason {@code retention}.
 *
 * <p>How long is the agency's decision (its funder's rules, the law it works under, what it told the
 * person); the library only makes it executable and auditable.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RetentionPolicy {
    private final Duration keep;
    private final Optional<String> agency;

    private RetentionPolicy(Duration keep, Optional<String> agency) {
        this.keep = keep;
        this.agency = agency;
    }

    /**
     * Returns a policy that keeps every plan for a period after its last revision.
     *
     * @param keep how long after the last change; positive
     * @return the policy, for every agency
     * @throws IllegalArgumentException if {@code keep} is zero or negative
     */
    public static RetentionPolicy afterLastChange(Duration keep) {
        Objects.requireNonNull(keep, "keep");
        if (keep.isZero() || keep.isNegative()) {
            throw new IllegalArgumentException("keep: a retention period is positive");
        }
        return new RetentionPolicy(keep, Optional.empty());
    }

    /**
     * Returns the same policy for one agency's plans only.
     *
     * @param agency the agency's identifier
     * @return the narrower policy
     */
    public RetentionPolicy forAgency(String agency) {
        return new RetentionPolicy(keep, Optional.of(Objects.requireNonNull(agency, "agency")));
    }

    /**
     * Returns how long a plan is kept after its last change.
     *
     * @return the period
     */
    public Duration getKeep() {
        return keep;
    }

    /**
     * Returns the agency the policy is for.
     *
     * @return the agency, or empty for every plan
     */
    public Optional<String> getAgency() {
        return agency;
    }

    /**
     * Returns the instant before which a last change makes a plan due for erasure.
     *
     * @param now the time the policy is applied
     * @return {@code now - keep}
     */
    public Instant cutoff(Instant now) {
        return now.minus(keep);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionPolicy
                && ((RetentionPolicy) other).keep.equals(keep)
                && ((RetentionPolicy) other).agency.equals(agency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keep, agency);
    }

    @Override
    public String toString() {
        return "RetentionPolicy{keep=" + keep + agency.map(a -> ", agency=" + a).orElse("") + "}";
    }
}
