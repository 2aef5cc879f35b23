package org.pathways.referral;

import java.util.Objects;
import org.pathways.plan.CarePlan;

/**
 * What {@link Referrals#send} returns: the packet, and the next revision of the referring plan with
 * the disclosure in its log and the step gone ahead.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Sent {
    private final Packet packet;
    private final CarePlan plan;

    Sent(Packet packet, CarePlan plan) {
        this.packet = packet;
        this.plan = plan;
    }

    /**
     * Returns what leaves for the organisation.
     *
     * @return the packet
     */
    public Packet getPacket() {
        return packet;
    }

    /**
     * Returns the next revision of the plan: its disclosure log ends with the packet's disclosure,
     * and the step is in progress.
     *
     * @return the plan
     */
    public CarePlan getPlan() {
        return plan;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sent && ((Sent) o).packet.equals(packet) && ((Sent) o).plan.equals(plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packet, plan);
    }

    @Override
    public String toString() {
        return "Sent[" + packet.getId() + " to " + packet.getRecipient() + " for step " + packet.getStep() + "]";
    }
}
