package org.pathways.research;

import java.time.Instant;
import java.util.Map;

/**
 * What an extract did: how many plans it read, why it left plans out, what it generalised and what
 * it suppressed to reach k-anonymity. Give it to the researcher with the extract.
 *
 * <pre>{@code
 * ExtractReport r = extract.write(caseload, csv, ndjson);
 * r.getWritten();     // rows in the extract
 * r.getSuppressed();  // rows left out because their quasi-identifiers were shared by fewer than k people
 * r.getLevels();      // {community=community_or_region, first_month=quarter, days_open=coarse_bands}
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ExtractReport {
    private final int k;
    private final Instant at;
    private final long read;
    private final long unreadable;
    private final long withoutConsent;
    private final long withoutStewardAgreement;
    private final long otherSteward;
    private final long suppressed;
    private final long written;
    private final int communitiesGeneralised;
    private final Map<String, String> levels;

    ExtractReport(
            int k,
            Instant at,
            long read,
            long unreadable,
            long withoutConsent,
            long withoutStewardAgreement,
            long otherSteward,
            long suppressed,
            long written,
            int communitiesGeneralised,
            Map<String, String> levels) {
        this.k = k;
        this.at = at;
        this.read = read;
        this.unreadable = unreadable;
        this.withoutConsent = withoutConsent;
        this.withoutStewardAgreement = withoutStewardAgreement;
        this.otherSteward = otherSteward;
        this.suppressed = suppressed;
        this.written = written;
        this.communitiesGeneralised = communitiesGeneralised;
        this.levels = Map.copyOf(levels);
    }

    /**
     * Returns the k of k-anonymity: every combination of quasi-identifiers in the extract is shared
     * by at least this many people.
     *
     * @return k
     */
    public int getK() {
        return k;
    }

    /**
     * Returns the time consent and agreements were decided at.
     *
     * @return the extract's time
     */
    public Instant getAt() {
        return at;
    }

    /**
     * Returns the number of plans read.
     *
     * @return the plans read, unreadable lines not counted
     */
    public long getRead() {
        return read;
    }

    /**
     * Returns the number of lines of an NDJSON caseload that were not valid plans, skipped.
     *
     * @return the unreadable lines; 0 for plans in memory
     */
    public long getUnreadable() {
        return unreadable;
    }

    /**
     * Returns the number of plans left out because the person's ledger granted the recipient nothing
     * for de-identified research at the extract's time.
     *
     * @return the plans without consent
     */
    public long getWithoutConsent() {
        return withoutConsent;
    }

    /**
     * Returns the number of plans, with the person's consent, left out because their data steward had
     * not agreed to de-identified research at the extract's time.
     *
     * @return the plans without their steward's agreement
     */
    public long getWithoutStewardAgreement() {
        return withoutStewardAgreement;
    }

    /**
     * Returns the number of plans left out of a steward's own extract because they name no steward or
     * another one.
     *
     * @return the plans of other stewards; 0 for an extract that is not a steward's own
     */
    public long getOtherSteward() {
        return otherSteward;
    }

    /**
     * Returns the number of plans that met consent and stewardship but were suppressed: after
     * generalisation, fewer than k people shared their quasi-identifiers.
     *
     * @return the suppressed rows
     */
    public long getSuppressed() {
        return suppressed;
    }

    /**
     * Returns the number of rows written.
     *
     * @return the rows, one per plan
     */
    public long getWritten() {
        return written;
    }

    /**
     * Returns the number of communities that, with fewer than k people, were written as their region
     * or {@code other} even at the finest level.
     *
     * @return the communities generalised
     */
    public int getCommunitiesGeneralised() {
        return communitiesGeneralised;
    }

    /**
     * Returns the level each quasi-identifier was generalised to, by column: {@code community}
     * ({@code community_or_region}, {@code region}, {@code suppressed}), {@code first_month}
     * ({@code month}, {@code quarter}, {@code year}, {@code suppressed}) and {@code days_open}
     * ({@code bands_of_30_days}, {@code coarse_bands}, {@code suppressed}).
     *
     * @return the levels; unmodifiable
     */
    public Map<String, String> getLevels() {
        return levels;
    }

    @Override
    public String toString() {
        return "ExtractReport{k=" + k + ", at=" + at + ", read=" + read + ", unreadable=" + unreadable
                + ", withoutConsent=" + withoutConsent + ", withoutStewardAgreement=" + withoutStewardAgreement
                + ", otherSteward=" + otherSteward + ", suppressed=" + suppressed + ", written=" + written
                + ", communitiesGeneralised=" + communitiesGeneralised + ", levels=" + new java.util.TreeMap<>(levels)
                + "}";
    }
}
