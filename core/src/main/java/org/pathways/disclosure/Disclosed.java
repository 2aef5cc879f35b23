package org.pathways.disclosure;

import java.util.Objects;
import org.pathways.plan.CarePlan;

/**
 * What {@link Disclosures#disclose} returns: the recipient's view, and the next revision of the plan
 * with the disclosure in its log.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Disclosed {
    private final PlanView view;
    private final CarePlan plan;

    Disclosed(PlanView view, CarePlan plan) {
        this.view = view;
        this.plan = plan;
    }

    /**
     * Returns what the recipient receives.
     *
     * @return the view
     */
    public PlanView getView() {
        return view;
    }

    /**
     * Returns the next revision of the plan, whose disclosure log ends with this disclosure.
     *
     * @return the plan
     */
    public CarePlan getPlan() {
        return plan;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Disclosed && ((Disclosed) o).view.equals(view) && ((Disclosed) o).plan.equals(plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(view, plan);
    }

    @Override
    public String toString() {
        return "Disclosed[" + view.getDisclosure().getId() + " to "
                + view.getDisclosure().getRecipient() + "]";
    }
}
