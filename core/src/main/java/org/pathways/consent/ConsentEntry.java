package org.pathways.consent;

import java.time.Instant;

/**
 * One entry of the {@link ConsentLedger}: a {@link ConsentGrant}, a {@link ConsentRefusal}, a
 * {@link ConsentRevocation} or a {@link ConsentConfirmation}, with who recorded it and when.
 */
public sealed interface ConsentEntry permits ConsentGrant, ConsentRefusal, ConsentRevocation, ConsentConfirmation {
    /**
     * Returns the entry's identifier, unique in the ledger.
     *
     * @return the identifier, such as {@code c-1}
     */
    String getId();

    /**
     * Returns how the person expressed it.
     *
     * @return the mode
     */
    ConsentMode getGiven();

    /**
     * Returns who recorded the entry.
     *
     * @return a team member's or another actor's identifier
     */
    String getRecordedBy();

    /**
     * Returns when the entry was recorded; nothing it says takes effect before then.
     *
     * @return the instant
     */
    Instant getRecordedAt();
}
