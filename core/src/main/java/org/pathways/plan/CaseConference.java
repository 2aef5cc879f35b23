package org.pathways.plan;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.consent.InformationCategory;
import org.pathways.internal.Checks;

/**
 * A meeting of a local case-conferencing table about the person's plan (Du Mont et al.,
 * recommendation 2): when, which organisations sat at it, what it discussed, whether the person
 * attended, and the steps it produced.
 *
 * <pre>{@code
 * CaseConference table = CaseConference.builder()
 *         .id("cc-1")
 *         .at(Instant.parse("2026-03-10T14:00:00Z"))
 *         .table("table-nipissing")
 *         .addOrganisations("org-aurora-house", "org-bay-health")
 *         .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
 *         .attendance(Attendance.ATTENDED)
 *         .addProduced("s-counselling")
 *         .build();
 * }</pre>
 *
 * <p>Every organisation at the table other than the person's own agency needs the person's consent
 * to receive, for {@link org.pathways.consent.Purpose#CASE_CONFERENCE}, what the conference
 * discusses: {@link #getNeeds()}. The plan refuses a conference with an organisation that lacks it,
 * naming the organisation.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseConference {
    CaseConference() {}

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the conference's identifier, unique in the plan.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns when the conference met.
     *
     * @return the instant
     */
    @NotNull
    public abstract Instant getAt();

    /**
     * Returns when the conference was recorded, when that was later than when it sat: a late entry
     * keeps both, so the review and the audit see it ({@link CarePlan#recordCaseConference} sets it).
     *
     * @return the instant, after {@link #getAt()}; empty when recorded as it sat
     */
    public abstract Optional<Instant> getRecordedAt();

    /**
     * Returns when it entered the record: {@link #getRecordedAt()}, or {@link #getAt()}.
     *
     * @return the instant
     */
    public Instant getEnteredAt() {
        return getRecordedAt().orElse(getAt());
    }

    /**
     * Returns the table that met.
     *
     * @return the table's identifier; empty for a conference called for this person alone
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getTable();

    /**
     * Returns the organisations present.
     *
     * @return at least one organisation identifier, in natural order
     */
    @NotEmpty
    @Value.NaturalOrder
    public abstract SortedSet<String> getOrganisations();

    /**
     * Returns the categories of information the conference discusses, besides the person's identity.
     *
     * @return the categories, in the order of {@link InformationCategory}
     */
    @NotNull
    public abstract Set<InformationCategory> getShares();

    /**
     * Returns whether the person attended or chose not to.
     *
     * @return the attendance
     */
    @NotNull
    public abstract Attendance getAttendance();

    /**
     * Returns what the conference was for, which may hold the person's words.
     *
     * @return the agenda, sensitive; empty when not recorded
     */
    public abstract Optional<SensitiveText> getAgenda();

    /**
     * Returns the steps the conference produced.
     *
     * @return step identifiers of the plan, in natural order
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> getProduced();

    /**
     * Returns everything an organisation at the table receives: the person's identity and
     * {@link #getShares()}.
     *
     * @return the categories
     */
    public Set<InformationCategory> getNeeds() {
        Set<InformationCategory> needs = EnumSet.of(InformationCategory.IDENTITY);
        needs.addAll(getShares());
        return needs;
    }

    @Value.Check
    void check() {
        String f = "conferences[" + getId() + "]";
        Checks.id("conference.id", getId());
        getTable().ifPresent(t -> Checks.id(f + ".table", t));
        if (getRecordedAt().isPresent() && !getRecordedAt().get().isAfter(getAt())) {
            Checks.fail(f + ".recordedAt", "is not after the conference; a conference recorded as it sat has none");
        }
        if (getOrganisations().isEmpty()) {
            Checks.fail(f + ".organisations", "a case conference has at least one organisation at the table");
        }
        getOrganisations().forEach(o -> Checks.id(f + ".organisations", o));
        getProduced().forEach(s -> Checks.id(f + ".produced", s));
    }

    /** Builds a {@link CaseConference}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableCaseConference.Builder {
        Builder() {}
    }
}
