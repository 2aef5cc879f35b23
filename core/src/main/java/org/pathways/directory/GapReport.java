package org.pathways.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
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
 * PlanJson.create().write(report);
 * }</pre>
 *
 * <p>A service is <em>barrier-free</em> when it names no {@link Barrier} and is not full. It serves a
 * community it names, and every community when it can be reached remotely; it serves a domain through
 * the kinds of step it delivers ({@link #domainsOf(StepKind)}). A priority is unmet for a kind when it
 * needs that kind — the kinds of the open steps serving it, or the kind its category suggests — and no
 * barrier-free service delivers it; it counts under each domain it touches.
 *
 * <p>The report never exposes one person's data: it holds counts only, and every count from 1 to
 * the threshold less one is suppressed ({@link Count}). Services are the network's, not people's, but
 * they are counted the same way so that one rule holds for every number the report shows.
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

    GapReport(int threshold, Count services, Count barrierFree, Count plans, List<GapRow> rows) {
        this.threshold = threshold;
        this.services = services;
        this.barrierFree = barrierFree;
        this.plans = plans;
        this.rows = List.copyOf(rows);
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
        Count.of(0, threshold); // checks the threshold
        List<Service> open =
                directory.getServices().stream().filter(GapReport::barrierFree).toList();
        Map<StepKind, Integer> unmetByKind = new EnumMap<>(StepKind.class);
        Map<Domain, Integer> unmetByDomain = new EnumMap<>(Domain.class);
        Set<StepKind> delivered = EnumSet.noneOf(StepKind.class);
        open.forEach(s -> delivered.addAll(s.getProgramming()));
        Set<String> languages = new TreeSet<>();
        for (CarePlan plan : plans) {
            languages.addAll(plan.getPerson().getLanguages());
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
                    s -> s.getProgramming().stream().anyMatch(k -> domainsOf(k).contains(d)),
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
        return new GapReport(
                threshold,
                Count.of(directory.getServices().size(), threshold),
                Count.of(open.size(), threshold),
                Count.of(plans.size(), threshold),
                rows);
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
            p.getCategory().flatMap(ServiceMatching::kindsFor).ifPresent(kinds::add);
        }
        return kinds;
    }

    /**
     * Returns the medicine-wheel domains a kind of step usually touches, for this report only: the
     * domains of a plan are the person's, named on their priorities.
     *
     * @param kind the kind
     * @return the domains; none for referral, accompaniment, case conference, legal support,
     *     identity documents and other, which serve whatever the person needs
     */
    public static Set<Domain> domainsOf(StepKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case SHELTER_AND_HOUSING, HARM_REDUCTION, HEALTH_CARE, INCOME_SUPPORT -> EnumSet.of(Domain.PHYSICAL);
            case SAFETY_PLANNING -> EnumSet.of(Domain.PHYSICAL, Domain.PSYCHOLOGICAL);
            case COUNSELLING, SPECIALISED_PROGRAMMING -> EnumSet.of(Domain.EMOTIONAL, Domain.PSYCHOLOGICAL);
            case PEER_SUPPORT -> EnumSet.of(Domain.EMOTIONAL);
            case INDIGENOUS_HEALING -> EnumSet.of(Domain.SPIRITUAL, Domain.EMOTIONAL);
            case FAMILY_REUNIFICATION -> EnumSet.of(Domain.EMOTIONAL, Domain.SPIRITUAL);
            case EDUCATION_AND_EMPLOYMENT -> EnumSet.of(Domain.PSYCHOLOGICAL);
            default -> EnumSet.noneOf(Domain.class);
        };
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
     * Returns every row: step kinds, domains, communities, languages, approaches, in that order.
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
                && rows.equals(r.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(threshold, services, barrierFree, plans, rows);
    }

    @Override
    public String toString() {
        return "GapReport[" + getGaps().size() + " gaps of " + rows.size() + " rows]";
    }
}
