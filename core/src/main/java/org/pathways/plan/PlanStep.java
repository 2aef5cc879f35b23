package org.pathways.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.pathways.ErrorCode;
import org.pathways.LocalizedText;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.internal.Checks;

/**
 * One wraparound action that serves one or more of the person's priorities, such as a referral to a
 * shelter with the case worker going along to the first appointment.
 *
 * <pre>{@code
 * PlanStep step = PlanStep.builder()
 *         .id("s-shelter")
 *         .kind(StepKind.REFERRAL)
 *         .addServes("p-housing")
 *         .provider("org-nipissing-safe-house")
 *         .responsible("m-jo")
 *         .accompaniment(Accompaniment.ACCEPTED)
 *         .accompaniedBy("m-jo")
 *         .firstAppointment(true)
 *         .due(LocalDate.parse("2026-03-09"))
 *         .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES)
 *         .proposed(Instant.parse("2026-03-02T15:10:00Z"), "m-jo")
 *         .build();
 * }</pre>
 *
 * <p>The history holds every change of status with its time; the current status is the last one.
 * The history starts with {@code PROPOSED}, is ordered in time, and follows the lifecycle of
 * {@link StepStatus}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanStep {
    PlanStep() {}

    /**
     * Returns a new builder.
     *
     * @return a builder; accompaniment defaults to {@link Accompaniment#NOT_OFFERED}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the identifier of the step within the plan.
     *
     * @return the identifier, such as {@code s-shelter}
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the kind of action.
     *
     * @return the kind
     */
    @NotNull
    public abstract StepKind getKind();

    /**
     * Returns the identifiers of the priorities this step serves, in natural order.
     *
     * @return at least one priority identifier
     */
    @NotEmpty
    @Value.NaturalOrder
    public abstract SortedSet<String> getServes();

    /**
     * Returns the agency's description of the step, in the languages the agency wrote it, such as
     * "Eight-week group programme" with the French « Programme de groupe de huit semaines ». It may
     * carry what the person told her worker, so it is treated as sensitive: never logged, shared only
     * as her consent permits free text, shown as written.
     *
     * @return the description; empty when the kind says enough
     */
    public abstract Optional<LocalizedText> getDescription();

    /**
     * Returns the team member responsible for the step.
     *
     * @return the member's identifier; empty when not yet assigned
     */
    public abstract Optional<String> getResponsible();

    /**
     * Returns the organisation that provides the step.
     *
     * @return the organisation's identifier; empty when the person's own agency does
     */
    public abstract Optional<String> getProvider();

    /**
     * Returns whether someone the person knows goes with them.
     *
     * @return the accompaniment; {@link Accompaniment#NOT_OFFERED} unless set
     */
    @Value.Default
    @NotNull
    public Accompaniment getAccompaniment() {
        return Accompaniment.NOT_OFFERED;
    }

    /**
     * Returns the team member who accompanies the person.
     *
     * @return the member's identifier; only when accompaniment is offered or accepted
     */
    public abstract Optional<String> getAccompaniedBy();

    /**
     * Asks whether the step is the person's first appointment with a provider, where accompaniment
     * matters most.
     *
     * @return true for a first appointment
     */
    @Value.Default
    public boolean isFirstAppointment() {
        return false;
    }

    /**
     * Returns when the step is due.
     *
     * @return the date; empty when open-ended
     */
    public abstract Optional<LocalDate> getDue();

    /**
     * Returns the categories of information the step shares with its provider, besides the
     * person's identity, which a step with a provider outside the person's agency always shares.
     *
     * @return the categories, in the order of {@link InformationCategory}
     */
    @NotNull
    public abstract Set<InformationCategory> getShares();

    /**
     * Returns why the step's provider receives what the step {@linkplain #getNeeds() needs}: an
     * accompaniment shares for {@link Purpose#ACCOMPANIMENT}, a case conference for
     * {@link Purpose#CASE_CONFERENCE}, and every other kind — a referral, and any service an
     * organisation outside the person's agency provides — for {@link Purpose#REFERRAL}. The rule
     * follows the provider, not the kind: whatever the kind, a provider outside the agency needs the
     * person's consent for this purpose before the step goes ahead.
     *
     * @return the purpose
     */
    public Purpose getSharingPurpose() {
        return switch (getKind()) {
            case ACCOMPANIMENT -> Purpose.ACCOMPANIMENT;
            case CASE_CONFERENCE -> Purpose.CASE_CONFERENCE;
            default -> Purpose.REFERRAL;
        };
    }

    /**
     * Returns what the provider receives when the step goes ahead: the person's identity and
     * {@link #getShares()}.
     *
     * @return the categories
     */
    public Set<InformationCategory> getNeeds() {
        Set<InformationCategory> needs = EnumSet.of(InformationCategory.IDENTITY);
        needs.addAll(getShares());
        return needs;
    }

    /**
     * Asks whether the step has ever gone ahead, that is, been in progress.
     *
     * @return true when the history holds {@code IN_PROGRESS}
     */
    public boolean hasGoneAhead() {
        return getHistory().stream().anyMatch(c -> c.getStatus() == StepStatus.IN_PROGRESS);
    }

    /**
     * Returns every change of status, oldest first.
     *
     * @return the history; never empty, starting with {@code PROPOSED}
     */
    @NotEmpty
    public abstract List<@Valid StatusChange> getHistory();

    /**
     * Returns the current status: the last entry of the history. Read once per step value and kept:
     * reviews and checks ask it of every step several times.
     *
     * @return the status
     */
    @Value.Lazy
    public StepStatus getStatus() {
        List<StatusChange> h = getHistory();
        return h.get(h.size() - 1).getStatus();
    }

    /**
     * Asks whether the step can still change status.
     *
     * @return true unless the status is terminal
     */
    public boolean isOpen() {
        return !getStatus().isTerminal();
    }

    /**
     * Returns a copy with one more change of status.
     *
     * @param change the change; it must follow the lifecycle and not precede the last change
     * @return the changed copy
     * @throws org.pathways.InvalidPlanException if the change is not allowed, with the reason
     */
    public PlanStep withChange(StatusChange change) {
        return builder().from(this).addHistory(change).build();
    }

    @Value.Check
    void check() {
        String f = "steps[" + getId() + "]";
        Checks.id("step.id", getId());
        if (getServes().isEmpty()) {
            Checks.fail(f + ".serves", "a step serves at least one of the person's priorities");
        }
        getServes().forEach(id -> Checks.id(f + ".serves", id));
        getResponsible().ifPresent(id -> Checks.id(f + ".responsible", id));
        getProvider().ifPresent(id -> Checks.id(f + ".provider", id));
        getAccompaniedBy().ifPresent(id -> Checks.id(f + ".accompaniedBy", id));
        Accompaniment a = getAccompaniment();
        if (getAccompaniedBy().isPresent() && a != Accompaniment.OFFERED && a != Accompaniment.ACCEPTED) {
            Checks.fail(
                    ErrorCode.INVALID,
                    f + ".accompaniedBy",
                    "/accompaniedBy",
                    "names a companion but accompaniment is " + a.getCode());
        }
        checkHistory(f + ".history", getHistory());
        for (StatusChange c : getHistory()) {
            if (c.getAnswer().isPresent()) {
                ReferralAnswer answer = c.getAnswer().get();
                if (!answer.getStep().equals(getId())) {
                    Checks.fail(f + ".history", "holds an answer about another step");
                }
                if (!getProvider().equals(Optional.of(answer.getFrom()))) {
                    Checks.fail(f + ".history", "holds an answer from an organisation that is not the step's provider");
                }
            }
        }
    }

    private static void checkHistory(String f, List<StatusChange> history) {
        if (history.isEmpty()) {
            Checks.fail(f, "must start with proposed"); // the builder refuses an empty list before this
        }
        StatusChange first = history.get(0);
        if (first.getStatus() != StepStatus.PROPOSED) {
            Checks.fail(
                    ErrorCode.ILLEGAL_TRANSITION,
                    f,
                    "/history/0",
                    "must start with proposed, not " + first.getStatus().getCode());
        }
        StatusChange previous = first;
        for (int i = 1; i < history.size(); i++) {
            StatusChange next = history.get(i);
            StepStatus from = previous.getStatus();
            StepStatus to = next.getStatus();
            boolean answerKeepsStatus = from == to && next.getAnswer().isPresent();
            if (!answerKeepsStatus && !from.canMoveTo(to)) {
                Checks.fail(
                        ErrorCode.ILLEGAL_TRANSITION,
                        f,
                        "/history/" + i,
                        "cannot move from " + from.getCode() + " to " + to.getCode()
                                + (from.isTerminal()
                                        ? ": " + from.getCode() + " is terminal"
                                        : "; allowed: " + codes(from)));
            }
            if (next.getAt().isBefore(previous.getAt())) {
                Checks.fail(
                        ErrorCode.INVALID,
                        f,
                        "/history/" + i,
                        "change to " + to.getCode() + " at " + next.getAt() + " is before the change to "
                                + from.getCode() + " at " + previous.getAt());
            }
            boolean agreeing = from == StepStatus.PROPOSED && to == StepStatus.AGREED;
            if (agreeing && next.getAgreement().isEmpty()) {
                Checks.fail(
                        ErrorCode.ILLEGAL_TRANSITION,
                        f,
                        "/history/" + i,
                        "a step leaves proposed only with the person's agreement recorded");
            }
            if (!agreeing && next.getAgreement().isPresent()) {
                Checks.fail(
                        ErrorCode.INVALID,
                        f,
                        "/history/" + i,
                        "an agreement is recorded only when a step leaves proposed");
            }
            previous = next;
        }
    }

    private static String codes(StepStatus from) {
        return from.next().stream().map(StepStatus::getCode).toList().toString();
    }

    /** Builds a {@link PlanStep}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutablePlanStep.Builder {
        Builder() {}

        /**
         * Sets a description written in one language.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            return description(LocalizedText.of(description));
        }

        /**
         * Starts the history with the step's proposal.
         *
         * @param at when it was proposed
         * @param by who proposed it
         * @return this builder
         */
        public Builder proposed(Instant at, String by) {
            addHistory(StatusChange.proposed(at, by));
            return this;
        }
    }
}
