package org.pathways.consent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decisions for several categories at once, for one recipient, purpose and time: what a
 * disclosure or a step may carry.
 *
 * <pre>{@code
 * ConsentDecisions d = ledger.decide(shelter, EnumSet.of(IDENTITY, CONTACT, HEALTH), Purpose.REFERRAL, now);
 * d.getPermitted();   // [identity, contact]
 * d.getDenied();      // the decision for health, with its reason
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ConsentDecisions {
    private final List<ConsentDecision> decisions;

    ConsentDecisions(List<ConsentDecision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /**
     * Returns every decision, in the order of {@link InformationCategory}.
     *
     * @return the decisions
     */
    public List<ConsentDecision> getDecisions() {
        return decisions;
    }

    /**
     * Returns the categories that may be shared.
     *
     * @return the permitted categories, in the order of {@link InformationCategory}
     */
    public Set<InformationCategory> getPermitted() {
        Set<InformationCategory> out = EnumSet.noneOf(InformationCategory.class);
        decisions.stream().filter(ConsentDecision::isPermitted).forEach(d -> out.add(d.getCategory()));
        return Collections.unmodifiableSet(out);
    }

    /**
     * Returns the decisions that deny.
     *
     * @return the denials, each with its reason
     */
    public List<ConsentDecision> getDenied() {
        return decisions.stream().filter(d -> !d.isPermitted()).toList();
    }

    /**
     * Returns the identifiers of the grants that permit the permitted categories.
     *
     * @return the grant identifiers, in category order, without repeats
     */
    public Set<String> getGrants() {
        Set<String> out = new LinkedHashSet<>();
        decisions.stream()
                .filter(ConsentDecision::isPermitted)
                .forEach(d -> out.add(d.getEntry().orElseThrow().getId()));
        return Collections.unmodifiableSet(out);
    }

    /**
     * Asks whether every category may be shared.
     *
     * @return true when nothing is denied
     */
    public boolean isPermitted() {
        return decisions.stream().allMatch(ConsentDecision::isPermitted);
    }

    /**
     * Explains the denials, one per category, such as {@code health (no grant); legal (refused in
     * c-2, recorded by m-jo at 2026-03-02T15:06:00Z)}.
     *
     * @return the explanation; empty when everything is permitted
     */
    public String explainDenied() {
        return getDenied().stream()
                .map(d -> d.getCategory().getCode() + " (" + d.because() + ")")
                .collect(Collectors.joining("; "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentDecisions && ((ConsentDecisions) o).decisions.equals(decisions);
    }

    @Override
    public int hashCode() {
        return decisions.hashCode();
    }

    @Override
    public String toString() {
        return "ConsentDecisions" + decisions;
    }
}
