package org.pathways.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;

/**
 * One entry of the disclosure log as the store answers "what did this organisation receive about
 * this person, when, and under which grants": codes, identifiers and times only, never the reason's
 * words (those stay in the plan document).
 *
 * @param planId the plan the disclosure was recorded in
 * @param disclosureId the disclosure's identifier in the plan
 * @param personId the person's pseudonymous identifier
 * @param recipient who received it
 * @param purpose what for
 * @param categories what was shared, in code order
 * @param basis consent, or a disclosure without consent under a duty
 * @param grants the grants it relied on, in identifier order
 * @param at when it was disclosed
 * @param recordedAt when it was recorded, for a late entry recorded after it happened
 * @param by who disclosed it
 * @param decidedBy who decided to disclose without consent; present exactly when the basis is not
 *     consent
 * @param decidedAs the role in which that was decided, as the agency names it; empty under consent
 *     and for records made before roles were recorded
 * @param personToldAt when the person was told, if recorded
 * @param revision the revision that recorded it, or last changed it
 * @implSpec This record is immutable and thread-safe.
 */
public record LoggedDisclosure(
        String planId,
        String disclosureId,
        String personId,
        Recipient recipient,
        Purpose purpose,
        List<InformationCategory> categories,
        DisclosureBasis basis,
        List<String> grants,
        Instant at,
        Optional<Instant> recordedAt,
        String by,
        Optional<String> decidedBy,
        Optional<String> decidedAs,
        Optional<Instant> personToldAt,
        int revision) {
    /**
     * Checks the components and copies the lists.
     *
     * @param planId the plan
     * @param disclosureId the disclosure
     * @param personId the person
     * @param recipient the recipient
     * @param purpose the purpose
     * @param categories the categories
     * @param basis the basis
     * @param grants the grants
     * @param at when
     * @param recordedAt when it was recorded, if late
     * @param by who
     * @param decidedBy who decided without consent
     * @param decidedAs in what role
     * @param personToldAt when the person was told
     * @param revision the revision
     */
    public LoggedDisclosure {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(disclosureId, "disclosureId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        categories = List.copyOf(categories);
        Objects.requireNonNull(basis, "basis");
        grants = List.copyOf(grants);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAs, "decidedAs");
        Objects.requireNonNull(personToldAt, "personToldAt");
    }
}
