package org.pathways.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the gap report: for one value of a dimension (a step kind, a community…), how many
 * services serve it without any barrier, and, when plans were given, how many of their active
 * priorities have no such service.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class GapRow {
    private final GapDimension dimension;
    private final String value;
    private final Count barrierFreeServices;
    private final boolean gap;
    private final Count unmetPriorities;

    GapRow(GapDimension dimension, String value, Count barrierFreeServices, boolean gap, Count unmetPriorities) {
        this.dimension = dimension;
        this.value = value;
        this.barrierFreeServices = barrierFreeServices;
        this.gap = gap;
        this.unmetPriorities = unmetPriorities;
    }

    /**
     * Returns the dimension.
     *
     * @return the dimension
     */
    public GapDimension getDimension() {
        return dimension;
    }

    /**
     * Returns the value counted: a code, a language tag or a community's name.
     *
     * @return the value
     */
    public String getValue() {
        return value;
    }

    /**
     * Returns how many services serve the value with no barrier, open or with a waitlist.
     *
     * @return the count
     */
    public Count getBarrierFreeServices() {
        return barrierFreeServices;
    }

    /**
     * Asks whether the network has no barrier-free service for the value.
     *
     * @return true for a gap
     */
    public boolean isGap() {
        return gap;
    }

    /**
     * Returns how many active priorities of the plans given need the value and have no barrier-free
     * service for it.
     *
     * @return the count; empty without plans, and for the community, language and approach dimensions
     */
    public Optional<Count> getUnmetPriorities() {
        return Optional.ofNullable(unmetPriorities);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GapRow)) {
            return false;
        }
        GapRow r = (GapRow) o;
        return dimension == r.dimension
                && value.equals(r.value)
                && barrierFreeServices.equals(r.barrierFreeServices)
                && gap == r.gap
                && Objects.equals(unmetPriorities, r.unmetPriorities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimension, value, barrierFreeServices, gap, unmetPriorities);
    }

    @Override
    public String toString() {
        return dimension.getCode() + " " + value + ": " + barrierFreeServices + (gap ? " (gap)" : "")
                + (unmetPriorities == null ? "" : "; unmet priorities " + unmetPriorities);
    }
}
