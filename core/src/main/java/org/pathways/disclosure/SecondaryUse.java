package org.pathways.disclosure;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreements;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.plan.CarePlan;

/**
 * Whether a plan or a directory entry may be used for research or aggregate reporting: the one
 * predicate the research extract ({@code pathways-research}) and aggregate reports share.
 *
 * <pre>{@code
 * SecondaryUse.permits(plan, researchers, Purpose.DEIDENTIFIED_RESEARCH, at, agreements);
 * SecondaryUse.permits(service, Purpose.AGGREGATE_FUNDER_REPORTING, at, agreements);
 * }</pre>
 *
 * <p>A plan is usable when the person's consent ledger grants the purpose to the recipient for at
 * least one category at that time ({@link org.pathways.consent.ConsentLedger#decide}), and, when the
 * plan names a {@linkplain CarePlan#getSteward() data steward}, that steward agreed to the purpose
 * at that time. A directory entry is usable when it names no steward, or its steward agreed. The
 * person's consent and the steward's agreement are both needed; neither stands in for the other.
 */
public final class SecondaryUse {
    private static final Set<InformationCategory> ALL = EnumSet.allOf(InformationCategory.class);

    private SecondaryUse() {}

    /**
     * Asks whether a plan may be used for a secondary purpose.
     *
     * @param plan the plan
     * @param recipient who receives the research or report, as the person's grant names it
     * @param purpose a reporting purpose
     * @param at when; the decision reads no clock
     * @param agreements the stewards' recorded agreements
     * @return true when the person's consent and, if the plan names one, its steward's agreement
     *     cover the use
     * @throws InvalidPlanException if the purpose is a service purpose
     */
    public static boolean permits(
            CarePlan plan, Recipient recipient, Purpose purpose, Instant at, StewardAgreements agreements) {
        return consented(plan, recipient, purpose, at) && stewardAgreed(plan.getSteward(), purpose, at, agreements);
    }

    /**
     * Asks whether a directory organisation may be counted or described in research or a report.
     *
     * @param organisation the organisation
     * @param purpose a reporting purpose
     * @param at when
     * @param agreements the stewards' recorded agreements
     * @return true when it names no steward, or its steward agreed
     * @throws InvalidPlanException if the purpose is a service purpose
     */
    public static boolean permits(
            Organisation organisation, Purpose purpose, Instant at, StewardAgreements agreements) {
        Objects.requireNonNull(organisation, "organisation");
        return stewardAgreed(organisation.getSteward(), reporting(purpose), at, agreements);
    }

    /**
     * Asks whether a directory service may be counted or described in research or a report.
     *
     * @param service the service
     * @param purpose a reporting purpose
     * @param at when
     * @param agreements the stewards' recorded agreements
     * @return true when it names no steward, or its steward agreed
     * @throws InvalidPlanException if the purpose is a service purpose
     */
    public static boolean permits(Service service, Purpose purpose, Instant at, StewardAgreements agreements) {
        Objects.requireNonNull(service, "service");
        return stewardAgreed(service.getSteward(), reporting(purpose), at, agreements);
    }

    /**
     * Asks whether the person's consent alone covers a secondary use: her ledger grants the purpose
     * to the recipient for at least one category at that time.
     *
     * @param plan the plan
     * @param recipient who receives the research or report
     * @param purpose a reporting purpose
     * @param at when
     * @return true when at least one category is permitted
     * @throws InvalidPlanException if the purpose is a service purpose
     */
    public static boolean consented(CarePlan plan, Recipient recipient, Purpose purpose, Instant at) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        return !plan.getConsent()
                .decide(recipient, ALL, reporting(purpose), at)
                .getPermitted()
                .isEmpty();
    }

    /**
     * Asks whether the steward's side alone covers a secondary use: no steward is named, or the
     * named one agreed.
     *
     * @param steward the steward a record names, if any
     * @param purpose a reporting purpose
     * @param at when
     * @param agreements the stewards' recorded agreements
     * @return true when no steward is named or it agreed
     * @throws InvalidPlanException if the purpose is a service purpose
     */
    public static boolean stewardAgreed(
            Optional<String> steward, Purpose purpose, Instant at, StewardAgreements agreements) {
        Objects.requireNonNull(steward, "steward");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agreements, "agreements");
        return steward.isEmpty() || agreements.permits(steward.get(), reporting(purpose), at);
    }

    private static Purpose reporting(Purpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        if (!purpose.isReporting()) {
            throw new InvalidPlanException(
                    ErrorCode.INVALID,
                    "purpose",
                    purpose.getCode() + " is a service purpose; secondary use is deidentified_research or"
                            + " aggregate_funder_reporting");
        }
        return purpose;
    }
}
