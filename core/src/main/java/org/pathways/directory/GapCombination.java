package org.pathways.directory;

import java.util.Objects;
import org.pathways.plan.StepKind;

/**
 * One line of the gap report in combination, as NORAHT asks that programmes be assessed together
 * with approaches and knowledges: for a kind of step, an approach, language or knowledge, and a
 * community, how many services deliver all three with no barrier, such as {@code counselling,
 * indigenous_centric, Timmins: 0 (gap)}.
 *
 * <p>The report holds only the combinations some service in the directory names (a kind it delivers,
 * an approach, language or knowledge it names, a community it names), barrier or not, never the
 * whole cross product: so a gap in combination is a place where the network has the pieces but not
 * without a barrier.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GapCombination {
    private final StepKind kind;
    private final GapDimension dimension;
    private final String value;
    private final String community;
    private final Count barrierFreeServices;
    private final boolean gap;

    GapCombination(
            StepKind kind,
            GapDimension dimension,
            String value,
            String community,
            Count barrierFreeServices,
            boolean gap) {
        this.kind = kind;
        this.dimension = dimension;
        this.value = value;
        this.community = community;
        this.barrierFreeServices = barrierFreeServices;
        this.gap = gap;
    }

    /**
     * Returns the kind of step.
     *
     * @return the kind
     */
    public StepKind getKind() {
        return kind;
    }

    /**
     * Returns what the second part of the combination is.
     *
     * @return {@link GapDimension#APPROACH}, {@link GapDimension#LANGUAGE} or {@link
     *     GapDimension#KNOWLEDGE}
     */
    public GapDimension getDimension() {
        return dimension;
    }

    /**
     * Returns the approach's or knowledge's code, or the language tag.
     *
     * @return the value, such as {@code indigenous_centric}
     */
    public String getValue() {
        return value;
    }

    /**
     * Returns the community.
     *
     * @return the community's name, such as {@code Timmins}
     */
    public String getCommunity() {
        return community;
    }

    /**
     * Returns how many barrier-free services deliver the kind with the value in the community (or
     * remotely).
     *
     * @return the count
     */
    public Count getBarrierFreeServices() {
        return barrierFreeServices;
    }

    /**
     * Asks whether no barrier-free service delivers the combination.
     *
     * @return true for a gap
     */
    public boolean isGap() {
        return gap;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GapCombination)) {
            return false;
        }
        GapCombination c = (GapCombination) o;
        return kind == c.kind
                && dimension == c.dimension
                && value.equals(c.value)
                && community.equals(c.community)
                && barrierFreeServices.equals(c.barrierFreeServices)
                && gap == c.gap;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, dimension, value, community, barrierFreeServices, gap);
    }

    @Override
    public String toString() {
        return kind.getCode() + ", " + value + ", " + community + ": " + barrierFreeServices + (gap ? " (gap)" : "");
    }
}
