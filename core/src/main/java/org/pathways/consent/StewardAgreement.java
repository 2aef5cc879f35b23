package org.pathways.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.internal.Checks;

/**
 * A data steward's recorded agreement to one secondary use of its records for a period, such as the
 * Cedar Bay First Nation's agreement, under its data-sharing agreement {@code dsa-2026-04}, to
 * de-identified research from April 2026 to March 2027.
 *
 * <pre>{@code
 * StewardAgreement a = StewardAgreement.of("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, "dsa-2026-04",
 *         Instant.parse("2026-04-01T00:00:00Z"), Optional.of(Instant.parse("2027-04-01T00:00:00Z")));
 * a.covers("org-cedar-bay-fn", Purpose.DEIDENTIFIED_RESEARCH, Instant.parse("2026-06-01T00:00:00Z")); // true
 * }</pre>
 *
 * <p>The library records and checks the agreement; it does not make it. The agreement itself — who
 * speaks for the steward, what it covers, what the steward receives back — is made between people
 * under the steward's own governance (OCAP); the reference names that document.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class StewardAgreement {
    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final String steward;
    private final Purpose purpose;
    private final String reference;
    private final Instant start;
    private final Optional<Instant> end;

    private StewardAgreement(String steward, Purpose purpose, String reference, Instant start, Optional<Instant> end) {
        this.steward = steward;
        this.purpose = purpose;
        this.reference = reference;
        this.start = start;
        this.end = end;
    }

    /**
     * Returns an agreement.
     *
     * @param steward the steward's organisation identifier, as plans and directory entries name it
     * @param purpose the secondary use agreed to: {@link Purpose#DEIDENTIFIED_RESEARCH} or {@link
     *     Purpose#AGGREGATE_FUNDER_REPORTING}
     * @param reference the identifier of the agreement the steward made, such as a data-sharing
     *     agreement's number
     * @param start when the agreement takes effect
     * @param end when it ends, exclusive; empty until the steward ends it
     * @return the agreement
     * @throws InvalidPlanException if an identifier is not one, the purpose is a service purpose, or
     *     the end is not after the start
     */
    public static StewardAgreement of(
            String steward, Purpose purpose, String reference, Instant start, Optional<Instant> end) {
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Checks.id("agreement.steward", steward);
        Checks.id("agreement.reference", reference);
        if (!purpose.isReporting()) {
            throw new InvalidPlanException(
                    ErrorCode.INVALID,
                    "agreement.purpose",
                    purpose.getCode() + " is a service purpose; a steward agrees to secondary uses"
                            + " (deidentified_research, aggregate_funder_reporting)");
        }
        if (end.isPresent() && !end.get().isAfter(start)) {
            throw new InvalidPlanException(
                    ErrorCode.INVALID, "agreement.end", end.get() + " is not after the start " + start);
        }
        return new StewardAgreement(steward, purpose, reference, start, end);
    }

    /**
     * Returns the steward's organisation identifier.
     *
     * @return the identifier
     */
    public String getSteward() {
        return steward;
    }

    /**
     * Returns the secondary use agreed to.
     *
     * @return the purpose, a reporting purpose
     */
    public Purpose getPurpose() {
        return purpose;
    }

    /**
     * Returns the identifier of the agreement the steward made.
     *
     * @return the reference
     */
    public String getReference() {
        return reference;
    }

    /**
     * Returns when the agreement takes effect.
     *
     * @return the start, inclusive
     */
    public Instant getStart() {
        return start;
    }

    /**
     * Returns when the agreement ends.
     *
     * @return the end, exclusive; empty while it has none
     */
    public Optional<Instant> getEnd() {
        return end;
    }

    /**
     * Asks whether this agreement covers a use of a steward's records at a time.
     *
     * @param steward the steward's organisation identifier
     * @param purpose the use
     * @param at when
     * @return true when the steward, the purpose and the period all match
     */
    public boolean covers(String steward, Purpose purpose, Instant at) {
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        return this.steward.equals(steward)
                && this.purpose == purpose
                && !at.isBefore(start)
                && end.map(at::isBefore).orElse(true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StewardAgreement a
                && steward.equals(a.steward)
                && purpose == a.purpose
                && reference.equals(a.reference)
                && start.equals(a.start)
                && end.equals(a.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steward, purpose, reference, start, end);
    }

    @Override
    public String toString() {
        return "StewardAgreement{" + steward + ", " + purpose.getCode() + ", " + reference + ", " + start
                + end.map(e -> " to " + e).orElse("") + "}";
    }
}
