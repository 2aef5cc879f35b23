package org.pathways.fhir;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Recipient;

/**
 * When a ledger entry stops applying, as {@code ConsentLedger.decide} reads it: folded into the
 * exported Consent's {@code provision.period}, so that a reader who knows only FHIR's rules gets the
 * same decision. Built once per ledger, in one pass from the end.
 */
final class ConsentReading {
    /** The revocation of each revoked entry, by the entry's id. */
    private final Map<String, Instant> revokedAt = new HashMap<>();
    /** For each position, the first whole-recipient revocation after it of the recipient at that position. */
    private final Instant[] withdrawnAfter;

    ConsentReading(List<ConsentEntry> entries) {
        withdrawnAfter = new Instant[entries.size()];
        Map<Recipient, Instant> nextWithdrawal = new HashMap<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            ConsentEntry e = entries.get(i);
            if (e instanceof ConsentGrant g) {
                withdrawnAfter[i] = nextWithdrawal.get(g.getRecipient());
            } else if (e instanceof ConsentRevocation v) {
                v.getRevokes().ifPresent(id -> revokedAt.put(id, v.getRecordedAt()));
                v.getRecipient().ifPresent(r -> nextWithdrawal.put(r, v.getRecordedAt()));
            }
        }
    }

    /** The end of a grant's effect: its own end (or its policy expiry), or the first revocation that reaches it, whichever is first. */
    Optional<Instant> effectiveEnd(ConsentGrant g, int position) {
        Instant end = g.getEffectiveEnd().orElse(null);
        for (Instant revoked : new Instant[] {revokedAt.get(g.getId()), withdrawnAfter[position]}) {
            if (revoked != null && (end == null || revoked.isBefore(end))) {
                end = revoked;
            }
        }
        return Optional.ofNullable(end);
    }

    /** When a refusal was lifted by a revocation of it, if it was. */
    Optional<Instant> liftedAt(ConsentEntry refusal) {
        return Optional.ofNullable(revokedAt.get(refusal.getId()));
    }
}
