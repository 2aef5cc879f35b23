package org.pathways.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
import org.pathways.disclosure.PlanView;
import org.pathways.internal.Checks;
import org.pathways.person.SafeContact;
import org.pathways.plan.PlanStep;

/**
 * What leaves the person's agency for another organisation for one referral step: who refers and
 * how to reach them, the step that says what is asked, and the disclosure view that holds exactly
 * what consent permits that organisation for a referral at that time.
 *
 * <pre>{@code
 * Sent sent = Referrals.send(plan, "s-shelter", jo, edit);
 * Packet packet = sent.getPacket();
 * packet.getRequest();       // the step: kind, priorities it serves, due date, accompaniment
 * packet.getSafeContact();   // how, when and how never to contact her, when consent covers it
 * PlanJson.defaults().write(packet);
 * }</pre>
 *
 * <p>A packet is made by {@link Referrals#send}, never by its own consent logic: its view is the
 * sharing rule's. Its identifier is its disclosure's, which the receiving organisation's answers
 * name.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Packet {
    Packet() {}

    /**
     * Returns a new builder, for reading a packet back; packets are made by {@link Referrals#send}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns who refers and how to reach them.
     *
     * @return the referrer
     */
    @NotNull
    @Valid
    public abstract Referrer getReferrer();

    /**
     * Returns the identifier of the referral step in the referring agency's plan.
     *
     * @return the step's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getStep();

    /**
     * Returns what consent permits the recipient for this referral at the time it was sent, with the
     * record of the disclosure.
     *
     * @return the view
     */
    @NotNull
    @Valid
    public abstract PlanView getView();

    /**
     * Returns the packet's identifier: its disclosure's.
     *
     * @return the identifier, such as {@code disclosure-3}
     */
    public String getId() {
        return getView().getDisclosure().getId();
    }

    /**
     * Returns the organisation the packet is for.
     *
     * @return the recipient
     */
    public Recipient getRecipient() {
        return getView().getDisclosure().getRecipient();
    }

    /**
     * Returns when the packet was made.
     *
     * @return the disclosure's time
     */
    public Instant getSentAt() {
        return getView().getDisclosure().getAt();
    }

    /**
     * Returns what is asked: the referral step as the view holds it (its kind, the priorities it
     * serves that may be shared, its due date, the accompaniment offered and, with the care team, by
     * whom).
     *
     * @return the step
     */
    public PlanStep getRequest() {
        return getView().getSteps().orElseThrow().stream()
                .filter(s -> s.getId().equals(getStep()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Returns the person's safe-contact rules, which the organisation honours from its first call.
     *
     * @return the rules; empty when consent does not cover {@link InformationCategory#CONTACT}
     */
    public Optional<SafeContact> getSafeContact() {
        if (!getView().getDisclosure().getCategories().contains(InformationCategory.CONTACT)) {
            return Optional.empty();
        }
        return getView().getPerson().map(p -> p.getSafeContact());
    }

    @Value.Check
    void check() {
        Checks.id("packet.step", getStep());
        if (getView().getDisclosure().getPurpose() != Purpose.REFERRAL) {
            Checks.fail("packet.view", "a packet's disclosure is for the purpose referral");
        }
        if (getRecipient().getKind() != RecipientKind.ORGANISATION) {
            Checks.fail("packet.view", "a packet goes to an organisation");
        }
        if (getView().getPerson().isEmpty()) {
            Checks.fail("packet.view", "a packet holds the person's identity, which a referral always shares");
        }
        boolean holdsStep = getView().getSteps().isPresent()
                && getView().getSteps().get().stream().anyMatch(s -> s.getId().equals(getStep()));
        if (!holdsStep) {
            Checks.fail("packet.step", "the view does not hold the referral step");
        }
    }

    /** Builds a {@link Packet}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutablePacket.Builder {
        Builder() {}
    }
}
