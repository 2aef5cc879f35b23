package org.pathways.fhir;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentRevocation;

/**
 * When a ledger entry stops applying, as {@code ConsentLedger.decide} reads it: folded into the
 * exported Consent's {@code provision.period}, so that a reader who knows only FHIR's rules gets the
 * same decision.
 */
final class ConsentReading {
    private ConsentReading() {}

    /** The end of a grant's effect: its own end, or the first revocation that reaches it, whichever is first. */
    static Optional<Instant> effectiveEnd(List<ConsentEntry> entries, int position) {
        ConsentGrant g = (ConsentGrant) entries.get(position);
        Instant end = g.getEnd().orElse(null);
        Instant revoked = null;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof ConsentRevocation v) {
                boolean reaches = v.getRevokes().map(g.getId()::equals).orElse(false)
                        || (i > position
                                && v.getRecipient()
                                        .map(g.getRecipient()::equals)
                                        .orElse(false));
                if (reaches && (revoked == null || v.getRecordedAt().isBefore(revoked))) {
                    revoked = v.getRecordedAt();
                }
            }
        }
        if (revoked != null && (end == null || revoked.isBefore(end))) {
            end = revoked;
        }
        return Optional.ofNullable(end);
    }

    /** When a refusal was lifted by a revocation of it, if it was. */
    static Optional<Instant> liftedAt(List<ConsentEntry> entries, int position) {
        String id = entries.get(position).getId();
        for (ConsentEntry e : entries) {
            if (e instanceof ConsentRevocation v
                    && v.getRevokes().map(id::equals).orElse(false)) {
                return Optional.of(v.getRecordedAt());
            }
        }
        return Optional.empty();
    }
}
