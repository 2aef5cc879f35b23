package org.pathways.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.pathways.consent.Purpose;
import org.pathways.consent.RecipientKind;
import org.pathways.person.Person;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priority;

/**
 * The bodies the service accepts, validated by Spring's Bean Validation (the library's types carry
 * their own constraints, cascaded by {@code @Valid}). None of them holds an author: that comes from the
 * request's {@code Pathways-Author} header.
 */
final class Requests {
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private Requests() {}

    /** Starts a plan for a person. */
    record StartPlan(
            @NotNull @Pattern(regexp = ID) String id,
            @NotNull @Valid Person person) {}

    /** Adds a priority, in her words, at a rank. */
    record AddPriority(
            @NotNull @Valid Priority priority,
            @Min(1) @Max(100) int rank) {}

    /** Gives a priority the rank she chooses. */
    record Rank(@Min(1) @Max(100) int rank) {}

    /** Records the person's agreement to a proposed step. */
    record Agree(@NotNull AgreementMode mode) {}

    /** Marks a step with a status that needs neither agreement nor a reason. */
    record Status(@NotNull StepStatus status) {}

    /** Declines a step: the person chose not to go ahead. */
    record Decline(@NotNull ClosureReason reason) {}

    /** Discloses the plan to a recipient for a purpose. */
    record Disclose(
            @NotNull RecipientKind kind,
            @NotNull @Pattern(regexp = ID) String recipient,
            @NotNull Purpose purpose) {}
}
