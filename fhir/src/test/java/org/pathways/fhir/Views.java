package org.pathways.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathways.InvalidPlanException;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** Disclosure views of generated plans, disclosed as the core discloses them. */
final class Views {
    private Views() {}

    /** A generated plan with, when its consent permits anything, the view one recipient receives of it. */
    static Gen<Optional<Disclosed>> disclosed() {
        return Answered.plans()
                .zip(
                        Generators.recipients(),
                        org.quicktheories.generators.SourceDSL.integers().between(0, Purpose.values().length - 1),
                        Views::disclose);
    }

    static Gen<Optional<PlanView>> views() {
        return disclosed().map(d -> d.map(Disclosed::view));
    }

    record Disclosed(CarePlan plan, PlanView view) {}

    /**
     * Shares the plan with a recipient and purpose of one of its grants (the generated one first, then
     * the grants in turn), so that most plans with a ledger give a view.
     */
    private static Optional<Disclosed> disclose(CarePlan plan, Recipient to, int purpose) {
        Instant at = plan.getRevision().getAt().plusSeconds(60);
        List<Recipient> recipients = new ArrayList<>(List.of(to));
        List<Purpose> purposes = new ArrayList<>(List.of(Purpose.values()[purpose]));
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            if (e instanceof ConsentGrant g) {
                recipients.add(g.getRecipient());
                purposes.add(g.getPurposes().iterator().next());
            }
        }
        for (int i = 0; i < recipients.size(); i++) {
            try {
                PlanView view = Disclosures.disclose(plan, recipients.get(i), purposes.get(i), Edit.of("m-1", at, true))
                        .getView();
                return Optional.of(new Disclosed(plan, view));
            } catch (InvalidPlanException nothingPermitted) {
                // try the next grant's recipient
            }
        }
        return Optional.empty();
    }
}
