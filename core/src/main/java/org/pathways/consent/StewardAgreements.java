package org.pathways.consent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The data stewards' recorded agreements a caller holds, the value every secondary use is checked
 * against: a steward's records are used only while one of its agreements covers the purpose.
 *
 * <pre>{@code
 * StewardAgreements agreed = StewardAgreements.of(List.of(cedarBayResearch));
 * agreed.permits("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, at); // true within its period
 * StewardAgreements.none().permits("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, at); // false
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class StewardAgreements {
    private static final StewardAgreements NONE = new StewardAgreements(List.of());

    private final List<StewardAgreement> agreements;

    private StewardAgreements(List<StewardAgreement> agreements) {
        this.agreements = agreements;
    }

    /**
     * Returns no agreements: no steward's records are used.
     *
     * @return the empty set
     */
    public static StewardAgreements none() {
        return NONE;
    }

    /**
     * Returns a set of agreements.
     *
     * @param agreements the agreements, in any order
     * @return the set
     */
    public static StewardAgreements of(List<StewardAgreement> agreements) {
        Objects.requireNonNull(agreements, "agreements");
        return new StewardAgreements(List.copyOf(agreements));
    }

    /**
     * Returns the agreements.
     *
     * @return the agreements, in the order given; unmodifiable
     */
    public List<StewardAgreement> getAgreements() {
        return agreements;
    }

    /**
     * Asks whether a steward agreed to a use of its records at a time.
     *
     * @param steward the steward's organisation identifier
     * @param purpose the use
     * @param at when
     * @return true when one of the agreements covers it; false otherwise, and always for a service
     *     purpose
     */
    public boolean permits(String steward, Purpose purpose, Instant at) {
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        for (StewardAgreement a : agreements) {
            if (a.covers(steward, purpose, at)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StewardAgreements a && agreements.equals(a.agreements);
    }

    @Override
    public int hashCode() {
        return agreements.hashCode();
    }

    @Override
    public String toString() {
        return "StewardAgreements" + agreements;
    }
}
