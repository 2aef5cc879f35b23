package org.pathways.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreement;
import org.pathways.consent.StewardAgreements;
import org.pathways.plan.CarePlan;

/** Research grants and data stewards for tests of secondary use (all fictional agreements). */
public final class Stewards {
    /** The research group the grants name. */
    public static final Recipient RESEARCHERS = Recipient.organisation("org-northern-research");

    /** A steward that agreed to research (see {@link #cedarBayAgreed}). */
    public static final String CEDAR_BAY = "org-cedar-bay-fn";

    /** A steward that did not. */
    public static final String BIRCH_RIVER = "org-birch-river-fn";

    /** After every generated plan's revision. */
    public static final Instant AT = Generators.latestTime().plusSeconds(86_400);

    private Stewards() {}

    /**
     * Returns a plan with a research grant to {@link #RESEARCHERS}, recorded at its revision.
     *
     * @param plan the plan
     * @param categories what the grant covers; none identifying
     * @return the plan, same revision, one more ledger entry
     */
    public static CarePlan consenting(CarePlan plan, Set<InformationCategory> categories) {
        Instant t = plan.getRevision().getAt();
        ConsentGrant g = ConsentGrant.builder()
                .id("c-research-" + plan.getConsent().getEntries().size())
                .recipient(RESEARCHERS)
                .categories(categories)
                .addPurposes(Purpose.DEIDENTIFIED_RESEARCH)
                .start(t)
                .given(ConsentMode.WRITTEN)
                .recordedBy("m-1")
                .recordedAt(t)
                .build();
        return CarePlan.builder()
                .from(plan)
                .consent(plan.getConsent().withAppended(g))
                .build();
    }

    /**
     * Returns Cedar Bay First Nation's agreement to research, from 30 days before {@link #AT}.
     *
     * @return the agreements
     */
    public static StewardAgreements cedarBayAgreed() {
        return StewardAgreements.of(List.of(StewardAgreement.of(
                CEDAR_BAY,
                Purpose.DEIDENTIFIED_RESEARCH,
                "dsa-2026-04",
                AT.minusSeconds(86_400L * 30),
                Optional.empty())));
    }
}
