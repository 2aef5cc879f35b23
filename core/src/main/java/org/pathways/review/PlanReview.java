package org.pathways.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/**
 * The findings of one review of a plan: the rules of {@link Rule} applied to it, in a fixed order
 * (plan-wide findings first, then priorities in rank order, then steps in plan order).
 *
 * <pre>{@code
 * PlanReview review = PlanReview.of(plan);
 * review.isValid();        // true when there is no violation
 * review.getAdvisories();  // observations; none of them blocks anything
 * }</pre>
 *
 * <p>A review is a pure function of the plan: the same plan gives the same findings.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanReview {
    private final List<Finding> findings;

    private PlanReview(List<Finding> findings) {
        this.findings = Collections.unmodifiableList(findings);
    }

    /**
     * Reviews a plan.
     *
     * @param plan the plan
     * @return the findings
     */
    public static PlanReview of(CarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Finding> out = new ArrayList<>();
        leadCaseWorker(plan, out);
        domains(plan, out);
        peerWorkers(plan, out);
        prioritiesWithoutSteps(plan, out);
        disclosures(plan, out);
        for (PlanStep s : plan.getSteps()) {
            setAsidePriorities(plan, s, out);
            consent(plan, s, out);
            accompaniment(s, out);
        }
        return new PlanReview(out);
    }

    /**
     * Returns every finding.
     *
     * @return the findings, violations and advisories
     */
    public List<Finding> getFindings() {
        return findings;
    }

    /**
     * Returns the violations.
     *
     * @return the findings of severity {@link Severity#VIOLATION}
     */
    public List<Finding> getViolations() {
        return of(Severity.VIOLATION);
    }

    /**
     * Returns the advisories.
     *
     * @return the findings of severity {@link Severity#ADVISORY}
     */
    public List<Finding> getAdvisories() {
        return of(Severity.ADVISORY);
    }

    /**
     * Asks whether the plan has no violation. Advisories do not count.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return getViolations().isEmpty();
    }

    private List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).toList();
    }

    private static void leadCaseWorker(CarePlan plan, List<Finding> out) {
        if (plan.getTeam().getLead().isEmpty()) {
            out.add(Finding.of(
                    Rule.NO_LEAD_CASE_WORKER, Optional.empty(), args(), "no lead dedicated case worker on the team"));
        }
    }

    private static void domains(CarePlan plan, List<Finding> out) {
        Set<Domain> touched = EnumSet.noneOf(Domain.class);
        boolean anyOpen = false;
        for (PlanStep s : plan.getSteps()) {
            if (s.isOpen()) {
                anyOpen = true;
                for (String id : s.getServes()) {
                    plan.getPriorities().find(id).ifPresent(p -> touched.addAll(p.getDomains()));
                }
            }
        }
        Set<Domain> missing = EnumSet.allOf(Domain.class);
        missing.removeAll(touched);
        missing.removeAll(plan.getDeferredDomains());
        if (anyOpen && !missing.isEmpty()) {
            out.add(Finding.of(
                    Rule.DOMAINS_NOT_COVERED,
                    Optional.empty(),
                    args("domains", missing.stream().map(Domain::getCode).collect(Collectors.joining(","))),
                    "open steps touch no priority in "
                            + missing.stream().map(Domain::getCode).collect(Collectors.joining(", "))
                            + "; the person has not deferred these"));
        }
    }

    private static void peerWorkers(CarePlan plan, List<Finding> out) {
        for (TeamMember m : plan.getTeam().getMembers()) {
            if (m.getRole() == TeamRole.PEER_SUPPORT_WORKER && !m.isPaid()) {
                out.add(Finding.of(
                        Rule.PEER_WORKER_NOT_PAID,
                        Optional.of(m.getId()),
                        args("role", m.getRole().getCode()),
                        "peer support worker is not recorded as paid"));
            }
        }
    }

    private static void prioritiesWithoutSteps(CarePlan plan, List<Finding> out) {
        Set<String> served = new HashSet<>();
        for (PlanStep s : plan.getSteps()) {
            if (s.isOpen()) {
                served.addAll(s.getServes());
            }
        }
        for (Priority p : plan.getPriorities().getRanked()) {
            if (p.getStatus() != PriorityStatus.ACTIVE) {
                continue;
            }
            if (!served.contains(p.getId())) {
                int rank = plan.getPriorities().rankOf(p.getId());
                out.add(Finding.of(
                        Rule.PRIORITY_WITHOUT_STEP,
                        Optional.of(p.getId()),
                        args("rank", Integer.toString(rank)),
                        "active priority at rank " + rank + " has no open step"));
            }
        }
    }

    private static void setAsidePriorities(CarePlan plan, PlanStep s, List<Finding> out) {
        StepStatus st = s.getStatus();
        if (st != StepStatus.AGREED && st != StepStatus.IN_PROGRESS) {
            return;
        }
        boolean allSetAside = s.getServes().stream()
                .map(id -> plan.getPriorities().find(id))
                .allMatch(p -> p.isPresent() && p.get().getStatus() == PriorityStatus.SET_ASIDE);
        if (allSetAside) {
            out.add(Finding.of(
                    Rule.STEP_SERVES_SET_ASIDE_PRIORITY,
                    Optional.of(s.getId()),
                    args("status", st.getCode(), "priorities", String.join(",", s.getServes())),
                    "step is " + st.getCode() + " but every priority it serves is set aside " + s.getServes()));
        }
    }

    private static void disclosures(CarePlan plan, List<Finding> out) {
        for (Disclosure d : plan.getDisclosures()) {
            if (d.getBasis() == DisclosureBasis.CONSENT
                    && d.getRecordedAt().isPresent()
                    && !plan.getConsent()
                            .decide(
                                    d.getRecipient(),
                                    d.getCategories(),
                                    d.getPurpose(),
                                    d.getRecordedAt().get())
                            .isPermitted()) {
                out.add(late(
                        d.getId(), "disclosure", d.getAt(), d.getRecordedAt().get()));
            }
        }
        for (CaseConference c : plan.getConferences()) {
            if (c.getRecordedAt().isPresent()
                    && c.getOrganisations().stream()
                            .filter(plan::isOutside)
                            .anyMatch(o -> !plan.getConsent()
                                    .decide(
                                            Recipient.organisation(o),
                                            c.getNeeds(),
                                            Purpose.CASE_CONFERENCE,
                                            c.getRecordedAt().get())
                                    .isPermitted())) {
                out.add(late(
                        c.getId(),
                        "case_conference",
                        c.getAt(),
                        c.getRecordedAt().get()));
            }
        }
        for (Disclosure d : plan.getDisclosures()) {
            if (d.getBasis() != DisclosureBasis.CONSENT && d.getPersonToldAt().isEmpty()) {
                out.add(Finding.of(
                        Rule.PERSON_NOT_TOLD_OF_DISCLOSURE,
                        Optional.of(d.getId()),
                        args(
                                "recipient_kind",
                                d.getRecipient().getKind().getCode(),
                                "recipient",
                                d.getRecipient().getId(),
                                "basis",
                                d.getBasis().getCode(),
                                "at",
                                d.getAt().toString()),
                        "disclosed to " + d.getRecipient() + " on the basis "
                                + d.getBasis().getCode() + " at " + d.getAt() + "; the person has not been told"));
            }
        }
    }

    private static Finding late(String id, String record, java.time.Instant at, java.time.Instant recordedAt) {
        return Finding.of(
                Rule.LATE_ENTRY_AFTER_CONSENT_CHANGED,
                Optional.of(id),
                args("record", record, "at", at.toString(), "recorded_at", recordedAt.toString()),
                record.replace('_', ' ') + " dated " + at + " was recorded at " + recordedAt
                        + ", when her consent no longer covered it; check that it happened before she changed it");
    }

    private static void consent(CarePlan plan, PlanStep s, List<Finding> out) {
        if (!s.isOpen()) {
            return;
        }
        Optional<ConsentDecisions> d = plan.consentFor(s, plan.getRevision().getAt());
        if (d.isEmpty() || d.get().isPermitted()) {
            return;
        }
        String missing = "consent does not cover " + s.getProvider().get() + " for "
                + s.getSharingPurpose().getCode() + ": " + d.get().explainDenied();
        Map<String, String> arguments = args(
                "status",
                s.getStatus().getCode(),
                "provider",
                s.getProvider().get(),
                "purpose",
                s.getSharingPurpose().getCode(),
                "categories",
                d.get().getDenied().stream().map(x -> x.getCategory().getCode()).collect(Collectors.joining(",")));
        if (s.hasGoneAhead()) {
            out.add(Finding.of(
                    Rule.STEP_WITHOUT_CONSENT,
                    Optional.of(s.getId()),
                    arguments,
                    "step is " + s.getStatus().getCode() + " but " + missing + "; talk with the person"));
        } else {
            out.add(Finding.of(
                    Rule.CONSENT_NEEDED,
                    Optional.of(s.getId()),
                    arguments,
                    "before this step can go ahead, the person's consent is needed: " + missing));
        }
    }

    private static void accompaniment(PlanStep s, List<Finding> out) {
        boolean matters = s.getKind() == StepKind.REFERRAL || s.isFirstAppointment();
        if (matters && s.isOpen() && s.getAccompaniment() == Accompaniment.NOT_OFFERED) {
            out.add(Finding.of(
                    Rule.NO_ACCOMPANIMENT_OFFERED,
                    Optional.of(s.getId()),
                    args("kind", s.getKind().getCode(), "first_appointment", Boolean.toString(s.isFirstAppointment())),
                    (s.isFirstAppointment() ? "first appointment" : s.getKind().getCode())
                            + " with no accompaniment offered"));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanReview && ((PlanReview) other).findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    @Override
    public String toString() {
        return "PlanReview" + findings;
    }

    /** A finding's arguments, by name, in the order given. */
    private static Map<String, String> args(String... namesAndValues) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }
}
