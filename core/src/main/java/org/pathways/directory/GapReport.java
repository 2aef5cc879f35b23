package org.pathways.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreements;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityStatus;

/**
 * The network's gaps, as NORAHT's Service Mapping Toolkit asks ("identify existing strengths and
 * gaps"): for every step kind, medicine-wheel domain, community, language and approach, how many
 * services serve it with no barrier, and, over a set of plans, how many active priorities have none.
 *
 * <pre>{@code
 * GapReport report = GapReport.of(network, plans, GapReport.DEFAULT_THRESHOLD);
 * System.out.println(report.toText());
 * PlanJson.defaults().write(report);
 * }</pre>
 *
 * <p>A service is <em>barrier-free</em> when it names no {@link Barrier} and is not full. It serves a
 * community it names, and every community when it can be reached remotely; it serves a domain through
 * the kinds of step it delivers ({@link StepKind#getDomains()}). A priority is unmet for a kind when it
 * needs that kind — the kinds of the open steps serving it, or the kind its category suggests — and no
 * barrier-free service delivers it; it counts under each domain it touches.
 *
 * <p>It also shows the network's gaps in combination ({@link #getCombinations()}: a kind of step with
 * an approach, language or knowledge in a community, as the directory names them) and, over the
 * plans, why referrals were declined: every organisation's answer {@code declined} kept in a step's
 * history, counted by step kind and {@link DeclineReason} ({@link #getDeclinesByKind()}) and by the
 * declining organisation and reason ({@link #getDeclinesByOrganisation()}), the "why not" data of
 * the network. A decline is a fact about the network, never a mark against the person.
 *
 * <p>The report never exposes one person's data: it holds counts only, and every count from 1 to
 * the threshold less one is suppressed ({@link Count}). Services are the network's, not people's, but
 * they are counted the same way so that one rule holds for every number the report shows. The
 * tables of declines add up to their totals, so they also withhold the counts a small one could be
 * worked out from ({@link CountTable}, complementary suppression).
 *
 * <p>A report for a funder ({@link #forFunder}) counts only the plans whose consent ledger grants
 * that funder {@link Purpose#AGGREGATE_FUNDER_REPORTING} for the priorities and the plan steps at the
 * report's time; a plan without it is not counted at all, not even in the number of plans.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GapReport {
    /** The default threshold: counts from 1 to 4 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;
    private final Count services;
    private final Count barrierFree;
    private final Count plans;
    private final List<GapRow> rows;
    private final List<GapCombination> combinations;
    private final CountTable declinesByKind;
    private final CountTable declinesByOrganisation;
    private final Recipient funder;
    private final Instant at;

    private GapReport(
            int threshold,
            Count services,
            Count barrierFree,
            Count plans,
            List<GapRow> rows,
            List<GapCombination> combinations,
            List<CountTable> declines,
            Recipient funder,
            Instant at) {
        this.threshold = threshold;
        this.services = services;
        this.barrierFree = barrierFree;
        this.plans = plans;
        this.rows = List.copyOf(rows);
        this.combinations = List.copyOf(combinations);
        this.declinesByKind = declines.get(0);
        this.declinesByOrganisation = declines.get(1);
        this.funder = funder;
        this.at = at;
    }

    /**
     * Reports the gaps of a directory alone, with the default threshold.
     *
     * @param directory the network
     * @return the report
     */
    public static GapReport of(ServiceDirectory directory) {
        return of(directory, List.of(), DEFAULT_THRESHOLD);
    }

    /**
     * Reports the gaps of a directory and the unmet priorities of a set of plans.
     *
     * @param directory the network
     * @param plans the plans; empty for the directory alone
     * @param threshold the smallest count other than zero that is shown, at least 1
     * @return the report
     */
    public static GapReport of(ServiceDirectory directory, List<CarePlan> plans, int threshold) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(plans, "plans");
        plans.forEach(p -> Objects.requireNonNull(p, "plans"));
        Count.of(0, threshold); // checks the threshold
        return build(directory, plans, threshold, true, null, null);
    }

    /**
     * Reports the gaps for a funder: the same report over only the plans whose consent ledger grants
     * the funder {@link Purpose#AGGREGATE_FUNDER_REPORTING} for {@link InformationCategory#PRIORITIES}
     * and {@link InformationCategory#PLAN_STEPS} at the report's time, the categories the report
     * reads. A plan without that consent is not counted at all. The person's languages are not read
     * (they belong to her identity, which no reporting consent covers), so no language row comes
     * from a plan.
     *
     * <pre>{@code
     * GapReport r = GapReport.forFunder(network, plans, Recipient.organisation("org-fireweed-fund"),
     *         Instant.parse("2026-04-01T00:00:00Z"), GapReport.DEFAULT_THRESHOLD);
     * }</pre>
     *
     * <p>Plans, organisations and services that name a data steward are left out, as no steward
     * has agreed; {@link #forFunder(ServiceDirectory, List, Recipient, Instant, int,
     * StewardAgreements)} takes the stewards' agreements.
     *
     * @param directory the network
     * @param plans the plans, with and without that consent
     * @param funder who receives the report
     * @param at the report's time: consent is decided then, reading no clock
     * @param threshold the smallest count other than zero that is shown, at least 1
     * @return the report, naming the funder and the time
     */
    public static GapReport forFunder(
            ServiceDirectory directory, List<CarePlan> plans, Recipient funder, Instant at, int threshold) {
        return forFunder(directory, plans, funder, at, threshold, StewardAgreements.none());
    }

    /**
     * Reports the gaps for a funder, as {@link #forFunder(ServiceDirectory, List, Recipient, Instant,
     * int)} does, counting the records a data steward governs only with that steward's agreement to
     * {@link Purpose#AGGREGATE_FUNDER_REPORTING} at the report's time (OCAP; see
     * {@code org.pathways.disclosure.SecondaryUse}): a plan whose steward has not agreed is not counted at all, and an
     * organisation or service whose steward has not agreed is left out of the network.
     *
     * @param directory the network
     * @param plans the plans, with and without that consent
     * @param funder who receives the report
     * @param at the report's time: consent and agreements are decided then, reading no clock
     * @param threshold the smallest count other than zero that is shown, at least 1
     * @param agreements the data stewards' agreements
     * @return the report, naming the funder and the time
     */
    public static GapReport forFunder(
            ServiceDirectory directory,
            List<CarePlan> plans,
            Recipient funder,
            Instant at,
            int threshold,
            StewardAgreements agreements) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agreements, "agreements");
        Count.of(0, threshold); // checks the threshold
        List<CarePlan> consented = plans.stream()
                .filter(p -> consents(Objects.requireNonNull(p, "plans"), funder, at)
                        && agreed(p.getSteward(), at, agreements))
                .toList();
        List<Organisation> organisations = directory.getOrganisations().stream()
                .filter(o -> agreed(o.getSteward(), at, agreements))
                .toList();
        Set<String> kept = new TreeSet<>();
        organisations.forEach(o -> kept.add(o.getId()));
        ServiceDirectory governed = ServiceDirectory.builder()
                .organisations(organisations)
                .services(directory.getServices().stream()
                        .filter(s -> kept.contains(s.getOrganisation()) && agreed(s.getSteward(), at, agreements))
                        .toList())
                .build();
        return build(governed, consented, threshold, false, funder, at);
    }

    /** Whether records a steward governs (none when empty) may be counted for a funder at a time. */
    private static boolean agreed(Optional<String> steward, Instant at, StewardAgreements agreements) {
        return steward.isEmpty() || agreements.permits(steward.get(), Purpose.AGGREGATE_FUNDER_REPORTING, at);
    }

    /**
     * Asks whether a plan's ledger lets it be counted in a funder's report at a time.
     *
     * @param plan the plan
     * @param funder the funder
     * @param at when
     * @return true when the ledger grants {@link Purpose#AGGREGATE_FUNDER_REPORTING} to the funder for
     *     the priorities and the plan steps at that time
     */
    public static boolean consents(CarePlan plan, Recipient funder, Instant at) {
        return plan.getConsent()
                        .decide(funder, InformationCategory.PRIORITIES, Purpose.AGGREGATE_FUNDER_REPORTING, at)
                        .isPermitted()
                && plan.getConsent()
                        .decide(funder, InformationCategory.PLAN_STEPS, Purpose.AGGREGATE_FUNDER_REPORTING, at)
                        .isPermitted();
    }

    private static GapReport build(
            ServiceDirectory directory,
            List<CarePlan> plans,
            int threshold,
            boolean planLanguages,
            Recipient funder,
            Instant at) {
        List<Service> open =
                directory.getServices().stream().filter(GapReport::barrierFree).toList();
        Map<StepKind, Integer> unmetByKind = new EnumMap<>(StepKind.class);
        Map<Domain, Integer> unmetByDomain = new EnumMap<>(Domain.class);
        Set<StepKind> delivered = EnumSet.noneOf(StepKind.class);
        open.forEach(s -> delivered.addAll(s.getProgramming()));
        Set<String> languages = new TreeSet<>();
        for (CarePlan plan : plans) {
            if (planLanguages) {
                languages.addAll(plan.getPerson().getLanguages());
            }
            for (Priority p : plan.getPriorities().getRanked()) {
                if (p.getStatus() != PriorityStatus.ACTIVE) {
                    continue;
                }
                Set<StepKind> unmet = EnumSet.noneOf(StepKind.class);
                unmet.addAll(needs(plan, p));
                unmet.removeAll(delivered);
                unmet.forEach(k -> unmetByKind.merge(k, 1, Integer::sum));
                if (!unmet.isEmpty()) {
                    p.getDomains().forEach(d -> unmetByDomain.merge(d, 1, Integer::sum));
                }
            }
        }
        boolean withPlans = !plans.isEmpty();
        List<GapRow> rows = new ArrayList<>();
        for (StepKind k : StepKind.values()) {
            rows.add(row(
                    GapDimension.STEP_KIND,
                    k.getCode(),
                    open,
                    s -> s.getProgramming().contains(k),
                    threshold,
                    withPlans ? unmetByKind.getOrDefault(k, 0) : -1));
        }
        for (Domain d : Domain.values()) {
            rows.add(row(
                    GapDimension.DOMAIN,
                    d.getCode(),
                    open,
                    s -> s.getProgramming().stream()
                            .anyMatch(k -> k.getDomains().contains(d)),
                    threshold,
                    withPlans ? unmetByDomain.getOrDefault(d, 0) : -1));
        }
        Set<String> communities = new TreeSet<>();
        for (Service s : directory.getServices()) {
            communities.addAll(s.getCommunities());
            s.getLocations().forEach(l -> communities.add(l.getCommunity()));
            languages.addAll(s.getLanguages());
        }
        for (String c : communities) {
            rows.add(row(
                    GapDimension.COMMUNITY,
                    c,
                    open,
                    s -> s.isRemote() || s.getCommunities().contains(c),
                    threshold,
                    -1));
        }
        for (String l : languages) {
            rows.add(row(GapDimension.LANGUAGE, l, open, s -> s.getLanguages().contains(l), threshold, -1));
        }
        for (Approach a : Approach.values()) {
            rows.add(row(
                    GapDimension.APPROACH,
                    a.getCode(),
                    open,
                    s -> s.getApproaches().contains(a),
                    threshold,
                    -1));
        }
        for (Knowledge kn : Knowledge.values()) {
            rows.add(row(
                    GapDimension.KNOWLEDGE,
                    kn.getCode(),
                    open,
                    s -> s.getKnowledges().contains(kn),
                    threshold,
                    -1));
        }
        return new GapReport(
                threshold,
                Count.of(directory.getServices().size(), threshold),
                Count.of(open.size(), threshold),
                Count.of(plans.size(), threshold),
                rows,
                combinations(directory, threshold),
                declines(plans, threshold),
                funder,
                at);
    }

    /** A combination: a kind, what the value is, the value, a community. */
    private record Combination(StepKind kind, GapDimension dimension, String value, String community) {}

    private static final List<GapDimension> COMBINED =
            List.of(GapDimension.APPROACH, GapDimension.LANGUAGE, GapDimension.KNOWLEDGE);

    private static final Comparator<Combination> ORDER = Comparator.comparing(Combination::kind)
            .thenComparing(c -> COMBINED.indexOf(c.dimension()))
            .thenComparing(Combination::value)
            .thenComparing(Combination::community);

    private static List<String> valuesOf(Service s, GapDimension d) {
        return switch (d) {
            case APPROACH -> s.getApproaches().stream().map(Approach::getCode).toList();
            case LANGUAGE -> s.getLanguages();
            default -> s.getKnowledges().stream().map(Knowledge::getCode).toList();
        };
    }

    /**
     * The combinations the directory names, each with its barrier-free services: a service counts for
     * the communities it serves, and a remote one for every community. Bounded by the services' own
     * kinds, values and communities: no combination no service names.
     */
    private static List<GapCombination> combinations(ServiceDirectory directory, int threshold) {
        Map<Combination, Integer> local = new HashMap<>();
        Map<Combination, Integer> remote = new HashMap<>();
        for (Service s : directory.getServices()) {
            boolean open = barrierFree(s);
            Set<String> named = new TreeSet<>(s.getCommunities());
            s.getLocations().forEach(l -> named.add(l.getCommunity()));
            for (StepKind k : s.getProgramming()) {
                for (GapDimension d : COMBINED) {
                    for (String v : valuesOf(s, d)) {
                        for (String c : named) {
                            boolean serves =
                                    open && !s.isRemote() && s.getCommunities().contains(c);
                            local.merge(new Combination(k, d, v, c), serves ? 1 : 0, Integer::sum);
                        }
                        if (open && s.isRemote()) {
                            remote.merge(new Combination(k, d, v, ""), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Combination> named = new ArrayList<>(local.keySet());
        named.sort(ORDER);
        List<GapCombination> out = new ArrayList<>(named.size());
        for (Combination key : named) {
            int all = local.get(key)
                    + remote.getOrDefault(new Combination(key.kind(), key.dimension(), key.value(), ""), 0);
            out.add(new GapCombination(
                    key.kind(), key.dimension(), key.value(), key.community(), Count.of(all, threshold), all == 0));
        }
        return out;
    }

    /** The declines kept in the plans' step histories, by kind and reason and by organisation and reason. */
    private static List<CountTable> declines(List<CarePlan> plans, int threshold) {
        DeclineReason[] reasons = DeclineReason.values();
        Map<StepKind, int[]> byKind = new EnumMap<>(StepKind.class);
        Map<String, int[]> byOrganisation = new TreeMap<>();
        for (CarePlan plan : plans) {
            for (PlanStep step : plan.getSteps()) {
                for (StatusChange c : step.getHistory()) {
                    Optional<ReferralAnswer> a = c.getAnswer();
                    if (a.isPresent() && a.get().getKind() == AnswerKind.DECLINED) {
                        int r = a.get().getReason().orElseThrow().ordinal();
                        byKind.computeIfAbsent(step.getKind(), k -> new int[reasons.length])[r]++;
                        byOrganisation.computeIfAbsent(a.get().getFrom(), k -> new int[reasons.length])[r]++;
                    }
                }
            }
        }
        return CountTable.of(
                List.of(GapDimension.STEP_KIND, GapDimension.ORGANISATION),
                GapDimension.DECLINE_REASON,
                List.of(byKind.keySet().stream().map(StepKind::getCode).toList(), List.copyOf(byOrganisation.keySet())),
                java.util.Arrays.stream(reasons).map(DeclineReason::getCode).toList(),
                List.of(
                        byKind.values().toArray(new int[0][]),
                        byOrganisation.values().toArray(new int[0][])),
                threshold);
    }

    private static GapRow row(
            GapDimension dimension,
            String value,
            List<Service> open,
            Predicate<Service> serves,
            int threshold,
            int unmet) {
        int n = (int) open.stream().filter(serves).count();
        return new GapRow(
                dimension, value, Count.of(n, threshold), n == 0, unmet < 0 ? null : Count.of(unmet, threshold));
    }

    private static boolean barrierFree(Service s) {
        return s.getBarriers().isEmpty() && s.getCapacity() != Capacity.FULL;
    }

    private static Set<StepKind> needs(CarePlan plan, Priority p) {
        Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        for (PlanStep s : plan.getSteps()) {
            if (s.isOpen() && s.getServes().contains(p.getId())) {
                kinds.add(s.getKind());
            }
        }
        if (kinds.isEmpty()) {
            p.getCategory().flatMap(StepKind::suggestedFor).ifPresent(kinds::add);
        }
        return kinds;
    }

    /**
     * Returns the threshold.
     *
     * @return the smallest count other than zero that is shown
     */
    public int getThreshold() {
        return threshold;
    }

    /**
     * Returns how many services the directory holds.
     *
     * @return the count
     */
    public Count getServices() {
        return services;
    }

    /**
     * Returns how many of them are barrier-free.
     *
     * @return the count
     */
    public Count getBarrierFreeServices() {
        return barrierFree;
    }

    /**
     * Returns how many plans were counted.
     *
     * @return the count; zero for a directory alone
     */
    public Count getPlans() {
        return plans;
    }

    /**
     * Returns the funder the report was made for.
     *
     * @return the funder; empty for a report of the network made with {@link #of}
     */
    public Optional<Recipient> getFunder() {
        return Optional.ofNullable(funder);
    }

    /**
     * Returns the time at which consent was decided, for a funder's report.
     *
     * @return the time; empty for a report of the network made with {@link #of}
     */
    public Optional<Instant> getAt() {
        return Optional.ofNullable(at);
    }

    /**
     * Returns the gaps in combination: kind × approach × community, kind × language × community and
     * kind × knowledge × community, for every combination some service in the directory names.
     *
     * @return the combinations, by kind, then approach, language and knowledge, then value and
     *     community
     */
    public List<GapCombination> getCombinations() {
        return combinations;
    }

    /**
     * Returns the declined referrals of the plans by the referring step's kind and the reason: the
     * network's "why not" table, such as "shelter and housing: 7 declined for identity documents".
     *
     * @return the table; rows only for the kinds with a decline
     */
    public CountTable getDeclinesByKind() {
        return declinesByKind;
    }

    /**
     * Returns the declined referrals of the plans by the organisation that declined and the reason.
     * Its column totals and grand total are those of {@link #getDeclinesByKind()}, and are withheld in
     * both or in neither.
     *
     * @return the table; rows only for the organisations with a decline, by identifier
     */
    public CountTable getDeclinesByOrganisation() {
        return declinesByOrganisation;
    }

    /**
     * Returns every row: step kinds, domains, communities, languages, approaches, knowledges, in that order.
     *
     * @return the rows
     */
    public List<GapRow> getRows() {
        return rows;
    }

    /**
     * Returns the rows that are gaps.
     *
     * @return the rows with no barrier-free service
     */
    public List<GapRow> getGaps() {
        return rows.stream().filter(GapRow::isGap).toList();
    }

    /**
     * Renders the report as plain text, one line per row, gaps marked.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder out = new StringBuilder()
                .append("Gaps in the network: ")
                .append(services)
                .append(" services, ")
                .append(barrierFree)
                .append(" without barriers; ")
                .append(plans)
                .append(" plans. Counts from 1 to ")
                .append(threshold - 1)
                .append(" are shown as \"fewer than ")
                .append(threshold)
                .append("\".\n");
        GapDimension current = null;
        for (GapRow r : rows) {
            if (r.getDimension() != current) {
                current = r.getDimension();
                out.append("By ").append(current.getCode().replace('_', ' ')).append(":\n");
            }
            out.append(String.format("  %-32s %-14s", r.getValue(), r.getBarrierFreeServices()))
                    .append(r.isGap() ? "GAP" : "   ");
            r.getUnmetPriorities()
                    .ifPresent(c -> out.append("  unmet priorities: ").append(c));
            out.append('\n');
        }
        List<GapCombination> gaps =
                combinations.stream().filter(GapCombination::isGap).toList();
        out.append("Gaps in combination (").append(gaps.size()).append(" of ").append(combinations.size());
        out.append(" combinations the directory names):\n");
        gaps.forEach(c -> out.append("  ")
                .append(c.getKind().getCode())
                .append(", ")
                .append(c.getValue())
                .append(", ")
                .append(c.getCommunity())
                .append(": no barrier-free service\n"));
        out.append("Referrals declined, by kind and reason (x: withheld so that no small count can be worked out):\n")
                .append(declinesByKind.toText())
                .append("Referrals declined, by organisation and reason:\n")
                .append(declinesByOrganisation.toText());
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GapReport)) {
            return false;
        }
        GapReport r = (GapReport) o;
        return threshold == r.threshold
                && services.equals(r.services)
                && barrierFree.equals(r.barrierFree)
                && plans.equals(r.plans)
                && rows.equals(r.rows)
                && combinations.equals(r.combinations)
                && declinesByKind.equals(r.declinesByKind)
                && declinesByOrganisation.equals(r.declinesByOrganisation)
                && Objects.equals(funder, r.funder)
                && Objects.equals(at, r.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(threshold, services, barrierFree, plans, rows, combinations, declinesByKind, funder, at);
    }

    @Override
    public String toString() {
        return "GapReport[" + getGaps().size() + " gaps of " + rows.size() + " rows]";
    }
}
