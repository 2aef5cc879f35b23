package org.pathways.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pathways.internal.Checks;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;

/**
 * Finds the services of a directory that could serve one step or one priority of a person's plan,
 * ranked and explained.
 *
 * <pre>{@code
 * List<ServiceMatch> matches = ServiceMatching.forStep(plan, "s-shelter", network, context);
 * matches.get(0).getFits();       // [delivers shelter_and_housing, offered in en, serves North Bay, …]
 * matches.get(0).getConcerns();   // [waitlist of about 10 days, …]
 * }</pre>
 *
 * <p>A service is a candidate when it delivers a kind the step or priority needs: the step's own
 * kind; for a priority, the kinds of the open steps serving it, or, when there are none, the kind its
 * category suggests ({@link StepKind#suggestedFor(PriorityCategory)}). Each candidate is explained:
 *
 * <ul>
 *   <li>it fits when it is offered in one of the person's languages, serves their community or can
 *       be reached remotely, works with an approach they asked for, has knowledges on staff, or is
 *       open 24/7;
 *   <li>it might not when it lacks those, is full or has a waitlist, or has a barrier;
 *   <li>a barrier <em>collides</em> with the person's situation when it requires sobriety and the
 *       priority or step is about harm reduction (a substance-use priority, a harm-reduction step or
 *       approach), requires identity documents and the person has none, or when a waitlist's typical
 *       wait ends after the open step of a kind the service delivers is due.
 * </ul>
 *
 * <p>The ranking is deterministic and never drops a service: services of the provider the person
 * already chose for the step come first; then services with fewer collisions before more; then the
 * higher score (10 for delivering the kind, 3 for a language, 3 for reach, 2 for each approach asked
 * for and present, 1 for each knowledge, 1 for 24/7, less 2 for each other concern); then the service
 * identifier. A colliding service is shown, lower, with the collision named.
 */
public final class ServiceMatching {
    private ServiceMatching() {}

    /**
     * Matches one step of a plan.
     *
     * @param plan the plan
     * @param stepId the step's identifier
     * @param directory the services
     * @param context the person's situation and today's date
     * @return the candidates, best first
     * @throws org.pathways.InvalidPlanException with the code {@code not_found} if the plan has no
     *     such step
     */
    public static List<ServiceMatch> forStep(
            CarePlan plan, String stepId, ServiceDirectory directory, MatchContext context) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stepId, "stepId");
        PlanStep step = plan.findStep(stepId).orElseThrow(() -> Checks.notFound("steps", "step"));
        boolean harmReduction = step.getKind() == StepKind.HARM_REDUCTION
                || step.getServes().stream()
                        .map(id -> plan.getPriorities().find(id))
                        .anyMatch(p -> p.isPresent() && aboutSubstanceUse(p.get()));
        Map<StepKind, LocalDate> due = new EnumMap<>(StepKind.class);
        step.getDue().ifPresent(d -> due.put(step.getKind(), d));
        return rank(plan, EnumSet.of(step.getKind()), harmReduction, due, step.getProvider(), directory, context);
    }

    /**
     * Matches one priority of a plan.
     *
     * @param plan the plan
     * @param priorityId the priority's identifier
     * @param directory the services
     * @param context the person's situation and today's date
     * @return the candidates, best first; empty when no kind of step is known for the priority
     * @throws org.pathways.InvalidPlanException with the code {@code not_found} if the plan has no
     *     such priority
     */
    public static List<ServiceMatch> forPriority(
            CarePlan plan, String priorityId, ServiceDirectory directory, MatchContext context) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(priorityId, "priorityId");
        Priority priority =
                plan.getPriorities().find(priorityId).orElseThrow(() -> Checks.notFound("priorities", "priority"));
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        Map<StepKind, LocalDate> due = new EnumMap<>(StepKind.class); // the earliest due step of each kind
        for (PlanStep s : plan.getSteps()) {
            if (s.isOpen() && s.getServes().contains(priorityId)) {
                kinds.add(s.getKind());
                s.getDue().ifPresent(d -> due.merge(s.getKind(), d, (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        if (kinds.isEmpty()) {
            priority.getCategory().flatMap(StepKind::suggestedFor).ifPresent(kinds::add);
        }
        boolean harmReduction = aboutSubstanceUse(priority) || kinds.contains(StepKind.HARM_REDUCTION);
        return rank(plan, kinds, harmReduction, due, Optional.empty(), directory, context);
    }

    private static boolean aboutSubstanceUse(Priority p) {
        return p.getCategory().equals(Optional.of(PriorityCategory.SUBSTANCE_USE));
    }

    private static List<ServiceMatch> rank(
            CarePlan plan,
            Set<StepKind> kinds,
            boolean harmReduction,
            Map<StepKind, LocalDate> due,
            Optional<String> chosen,
            ServiceDirectory directory,
            MatchContext context) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(context, "context");
        List<ServiceMatch> out = new ArrayList<>();
        for (Service s : directory.getServices()) {
            Set<StepKind> delivered = EnumSet.noneOf(StepKind.class);
            delivered.addAll(s.getProgramming());
            delivered.retainAll(kinds);
            if (!delivered.isEmpty()) {
                Optional<LocalDate> when = delivered.stream()
                        .map(due::get)
                        .filter(Objects::nonNull)
                        .min(LocalDate::compareTo);
                out.add(explain(plan, s, delivered, harmReduction, when, chosen, context));
            }
        }
        out.sort(Comparator.comparing((ServiceMatch m) -> !m.isPersonsChoice())
                .thenComparingInt(m -> m.getCollisions().size())
                .thenComparing(Comparator.comparingInt(ServiceMatch::getScore).reversed())
                .thenComparing(m -> m.getService().getId()));
        return out;
    }

    private static ServiceMatch explain(
            CarePlan plan,
            Service s,
            Set<StepKind> delivered,
            boolean harmReduction,
            Optional<LocalDate> due,
            Optional<String> chosen,
            MatchContext context) {
        List<MatchReason> reasons = new ArrayList<>();
        int score = 10;
        String kinds =
                String.join(",", delivered.stream().map(StepKind::getCode).toList());
        reasons.add(MatchReason.of(MatchCode.DELIVERS, "delivers " + kinds.replace(",", ", "), kinds));

        List<String> languages = plan.getPerson().getLanguages();
        if (!languages.isEmpty()) {
            List<String> shared =
                    languages.stream().filter(s.getLanguages()::contains).toList();
            if (shared.isEmpty()) {
                reasons.add(MatchReason.of(
                        MatchCode.NOT_OFFERED_IN_LANGUAGE,
                        "not offered in " + String.join(", ", languages),
                        String.join(",", languages)));
            } else {
                reasons.add(MatchReason.of(
                        MatchCode.OFFERED_IN_LANGUAGE,
                        "offered in " + String.join(", ", shared),
                        String.join(",", shared)));
                score += 3;
            }
        }
        if (context.getCommunity().isPresent()) {
            String community = context.getCommunity().get();
            if (s.getCommunities().contains(community)) {
                reasons.add(MatchReason.of(MatchCode.SERVES_COMMUNITY, "serves " + community, community));
                score += 3;
            } else if (s.isRemote()) {
                reasons.add(MatchReason.of(MatchCode.REACHED_REMOTELY, "can be reached remotely"));
                score += 3;
            } else {
                reasons.add(MatchReason.of(
                        MatchCode.OUTSIDE_COMMUNITY,
                        "does not serve " + community + " and cannot be reached remotely",
                        community));
            }
        }
        for (Approach a : context.getApproaches()) {
            if (s.getApproaches().contains(a)) {
                reasons.add(MatchReason.of(MatchCode.APPROACH, a.getCode() + " approach", a.getCode()));
                score += 2;
            } else {
                reasons.add(MatchReason.of(MatchCode.NO_APPROACH, "no " + a.getCode() + " approach", a.getCode()));
            }
        }
        for (Knowledge k : s.getKnowledges()) {
            reasons.add(MatchReason.of(MatchCode.KNOWLEDGE, k.getCode() + " knowledge", k.getCode()));
            score += 1;
        }
        if (s.isOpen24x7()) {
            reasons.add(MatchReason.of(MatchCode.OPEN_24X7, "open 24/7"));
            score += 1;
        }
        if (s.getCapacity() == Capacity.FULL) {
            reasons.add(MatchReason.of(MatchCode.FULL, "full now"));
        } else if (s.getCapacity() == Capacity.WAITLIST) {
            int wait = s.getTypicalWaitDays().getAsInt();
            LocalDate until = context.getToday().plusDays(wait);
            if (due.isPresent() && until.isAfter(due.get())) {
                reasons.add(MatchReason.of(
                        MatchCode.WAIT_AFTER_DUE,
                        "a typical wait of " + wait + " days ends after the step is due on " + due.get(),
                        Integer.toString(wait),
                        due.get().toString()));
            } else {
                reasons.add(MatchReason.of(
                        MatchCode.WAITLIST, "a waitlist of about " + wait + " days", Integer.toString(wait)));
            }
        }
        boolean harm = harmReduction || context.getApproaches().contains(Approach.HARM_REDUCTION);
        for (Barrier b : s.getBarriers()) {
            if (b == Barrier.REQUIRES_SOBRIETY && harm) {
                reasons.add(MatchReason.of(
                        MatchCode.SOBRIETY_AGAINST_HARM_REDUCTION,
                        b.getCode() + ", against a harm-reduction priority",
                        b.getCode()));
            } else if (b == Barrier.REQUIRES_IDENTITY_DOCUMENTS
                    && context.getHasIdentityDocuments().equals(Optional.of(false))) {
                reasons.add(MatchReason.of(
                        MatchCode.NO_IDENTITY_DOCUMENTS,
                        b.getCode() + ", and the person has no identity documents now",
                        b.getCode()));
            } else {
                reasons.add(MatchReason.of(MatchCode.BARRIER, b.getCode(), b.getCode()));
            }
        }
        long concerns = reasons.stream()
                .filter(r -> r.getStrength() == MatchCode.Strength.CONCERN)
                .count();
        score -= 2 * (int) concerns;
        boolean personsChoice = chosen.isPresent() && chosen.get().equals(s.getOrganisation());
        return new ServiceMatch(s.withoutConfidentialDetails(), personsChoice, score, reasons);
    }
}
