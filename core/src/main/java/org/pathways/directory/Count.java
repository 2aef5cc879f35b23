package org.pathways.directory;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A count in the gap report as it may be shown: zero, or at least the threshold; a count from 1 to
 * the threshold less one is suppressed and shows only as "fewer than" the threshold, so that no small
 * group of people can be picked out.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Count {
    private final int value;
    private final int threshold;

    private Count(int value, int threshold) {
        this.value = value;
        this.threshold = threshold;
    }

    /**
     * Returns a count as it may be shown.
     *
     * @param n the true count, at least 0
     * @param threshold the smallest count shown, at least 1
     * @return the count; suppressed when {@code 0 < n < threshold}
     */
    static Count of(int n, int threshold) {
        if (n < 0 || threshold < 1) {
            throw new IllegalArgumentException("a count is at least 0 and a threshold at least 1");
        }
        return new Count(n > 0 && n < threshold ? -1 : n, threshold);
    }

    /**
     * Asks whether the count is suppressed.
     *
     * @return true when it is between 1 and the threshold less one
     */
    public boolean isSuppressed() {
        return value < 0;
    }

    /**
     * Returns the count when it may be shown.
     *
     * @return the count; empty when suppressed
     */
    public OptionalInt getValue() {
        return isSuppressed() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * Returns the threshold below which a count other than zero is suppressed.
     *
     * @return the threshold
     */
    public int getThreshold() {
        return threshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Count && ((Count) o).value == value && ((Count) o).threshold == threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, threshold);
    }

    /**
     * Returns the count as the report shows it, such as {@code 12} or {@code fewer than 5}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return isSuppressed() ? "fewer than " + threshold : Integer.toString(value);
    }
}
