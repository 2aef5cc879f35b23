package org.pathways.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "may this recipient receive this category for this purpose at this time?", with its
 * reason, such as {@code organisation org-aurora-house may not receive health for referral at
 * 2026-03-03T10:00:00Z: no grant}.
 *
 * <p>A decision names identifiers, codes and times only; it never holds the person's words, so it
 * is safe to log.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ConsentDecision {
    private final Recipient recipient;
    private final InformationCategory category;
    private final Purpose purpose;
    private final Instant at;
    private final DecisionReason reason;
    private final ConsentEntry entry;
    private final Instant since;

    ConsentDecision(
            Recipient recipient,
            InformationCategory category,
            Purpose purpose,
            Instant at,
            DecisionReason reason,
            ConsentEntry entry,
            Instant since) {
        this.recipient = recipient;
        this.category = category;
        this.purpose = purpose;
        this.at = at;
        this.reason = reason;
        this.entry = entry;
        this.since = since;
    }

    /**
     * Asks whether the information may be shared.
     *
     * @return true only when a grant permits it and nothing overrides that grant
     */
    public boolean isPermitted() {
        return reason == DecisionReason.GRANTED;
    }

    /**
     * Returns who would receive the information.
     *
     * @return the recipient
     */
    public Recipient getRecipient() {
        return recipient;
    }

    /**
     * Returns the category decided on.
     *
     * @return the category
     */
    public InformationCategory getCategory() {
        return category;
    }

    /**
     * Returns the purpose decided on.
     *
     * @return the purpose
     */
    public Purpose getPurpose() {
        return purpose;
    }

    /**
     * Returns the time the decision is about.
     *
     * @return the instant
     */
    public Instant getAt() {
        return at;
    }

    /**
     * Returns why.
     *
     * @return the reason
     */
    public DecisionReason getReason() {
        return reason;
    }

    /**
     * Returns the ledger entry behind the reason: the grant that permits, or the refusal, the
     * revocation, or the expired or not-yet-started grant that explains a denial.
     *
     * @return the entry; empty when no grant was found
     */
    public Optional<ConsentEntry> getEntry() {
        return Optional.ofNullable(entry);
    }

    /**
     * Returns since when the reason holds: when the grant took effect, the refusal or revocation was
     * recorded, or the grant ended or expired; for a grant not yet in effect, when it will be.
     *
     * @return the instant; empty when no grant was found
     */
    public Optional<Instant> getSince() {
        return Optional.ofNullable(since);
    }

    /**
     * Explains the decision in one line of identifiers, codes and times.
     *
     * @return the explanation
     */
    public String explain() {
        return recipient + (isPermitted() ? " may receive " : " may not receive ") + category.getCode() + " for "
                + purpose.getCode() + " at " + at + ": " + because();
    }

    /** The reason alone, such as {@code no grant}. */
    String because() {
        return switch (reason) {
            case GRANTED -> "granted by " + entry.getId() + " since " + since;
            case NO_GRANT -> "no grant";
            case NOT_YET_IN_EFFECT -> "grant " + entry.getId() + " takes effect at " + since;
            case EXPIRED ->
                "grant " + entry.getId()
                        + (((ConsentGrant) entry).getEnd().isPresent()
                                ? " ended at " + since
                                : " expired at " + since + " under the agency's consent policy");
            case REVOKED -> "revoked by " + entry.getId() + ", recorded by " + entry.getRecordedBy() + " at " + since;
            case REFUSED -> "refused in " + entry.getId() + ", recorded by " + entry.getRecordedBy() + " at " + since;
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ConsentDecision)) {
            return false;
        }
        ConsentDecision d = (ConsentDecision) o;
        return recipient.equals(d.recipient)
                && category == d.category
                && purpose == d.purpose
                && at.equals(d.at)
                && reason == d.reason
                && Objects.equals(entry, d.entry)
                && Objects.equals(since, d.since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recipient, category, purpose, at, reason, entry, since);
    }

    /**
     * Returns {@link #explain()}.
     *
     * @return the explanation
     */
    @Override
    public String toString() {
        return explain();
    }
}
