package org.pathways.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan as the store lists it, without its document: its identifiers and its current revision,
 * such as {@code plan-7a41 of person-7a41 at org-north-bay-outreach, revision 4 by m-jo at
 * 2026-03-02T15:30:00Z}.
 *
 * @param planId the plan's identifier
 * @param agency the agency that holds the plan, if recorded
 * @param personId the person's pseudonymous identifier
 * @param revision the current revision number
 * @param author who made the current revision
 * @param at when the current revision was made
 * @implSpec This record is immutable and thread-safe.
 */
public record StoredPlan(
        String planId, Optional<String> agency, String personId, int revision, String author, Instant at) {
    /**
     * Checks that no component is null.
     *
     * @param planId the plan's identifier
     * @param agency the agency, or empty
     * @param personId the person's identifier
     * @param revision the current revision number
     * @param author who made it
     * @param at when
     */
    public StoredPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }
}
