package org.pathways.fhir;

import java.time.Instant;
import java.util.Optional;
import org.pathways.InvalidPlanException;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** Disclosure views of generated plans, shared as the core shares them. */
final class Views {
    private Views() {}

    /** A generated plan with, when its consent permits anything, the view one recipient receives of it. */
    static Gen<Optional<Disclosed>> disclosed() {
        return Generators.plans()
                .zip(Generators.recipients(), org.quicktheories.generators.SourceDSL.integers().between(0, Purpose.values().length - 1), Views::share);
    }

    static Gen<Optional<PlanView>> views() {
        return disclosed().map(d -> d.map(Disclosed::view));
    }

    record Disclosed(CarePlan plan, PlanView view) {}

    private static Optional<Disclosed> share(CarePlan plan, Recipient to, int purpose) {
        Instant at = plan.getRevision().getAt().plusSeconds(60);
        try {
            PlanView view = Disclosures.share(plan, to, Purpose.values()[purpose], Edit.of("m-1", at, true))
                    .getView();
            return Optional.of(new Disclosed(plan, view));
        } catch (InvalidPlanException nothingPermitted) {
            return Optional.empty();
        }
    }
}
