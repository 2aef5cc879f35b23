package org.pathways.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathways.consent.InformationCategory;
import org.pathways.plan.Attendance;

/**
 * One case conference where a person's plan was discussed, as the store lists it: when, at which
 * table, which organisations heard what, and how the person took part. The agenda's words stay in
 * the plan document.
 *
 * @param planId the plan
 * @param conferenceId the conference's identifier in the plan
 * @param personId the person's pseudonymous identifier
 * @param at when it was held
 * @param recordedAt when it was recorded, for a late entry recorded after it happened
 * @param table the standing table, if any
 * @param organisations the organisations present, in identifier order
 * @param shares the categories discussed, in code order
 * @param attendance how the person took part
 * @param revision the revision that recorded it
 * @implSpec This record is immutable and thread-safe.
 */
public record LoggedConference(
        String planId,
        String conferenceId,
        String personId,
        Instant at,
        Optional<Instant> recordedAt,
        Optional<String> table,
        List<String> organisations,
        List<InformationCategory> shares,
        Attendance attendance,
        int revision) {
    /**
     * Checks the components and copies the lists.
     *
     * @param planId the plan
     * @param conferenceId the conference
     * @param personId the person
     * @param at when
     * @param recordedAt when it was recorded, if late
     * @param table the table
     * @param organisations the organisations
     * @param shares the categories
     * @param attendance the attendance
     * @param revision the revision
     */
    public LoggedConference {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(table, "table");
        organisations = List.copyOf(organisations);
        shares = List.copyOf(shares);
        Objects.requireNonNull(attendance, "attendance");
    }
}
