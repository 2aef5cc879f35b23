package org.pathways.directory;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A count in the gap report as it may be shown: zero, or at least the threshold; a count from 1 to
 * the threshold less one is suppressed and shows only as "fewer than" the threshold, so that no small
 * group of people can be picked out.
 *
 * <p>In a {@link CountTable}, whose cells add up to totals, a suppressed count shows as {@code x}
 * instead, whether it is small itself (primary suppression) or is withheld so that a small one
 * cannot be worked out by subtraction (complementary suppression): the two look the same, as the
 * Immigration and Refugee Board's {@code --} does, so that the notation gives away no bound.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Count {
    /** The value of a count withheld in a table. */
    private static final int WITHHELD = -2;

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
     * Returns a count withheld in a table: its value is not kept.
     *
     * @param threshold the table's threshold, at least 1
     * @return the count, shown as {@code x}
     */
    static Count withheld(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("a threshold is at least 1");
        }
        return new Count(WITHHELD, threshold);
    }

    /**
     * Asks whether the count is suppressed.
     *
     * @return true when it is between 1 and the threshold less one, or withheld in a table
     */
    public boolean isSuppressed() {
        return value < 0;
    }

    /**
     * Asks whether the count is withheld in a {@link CountTable}, where a small count and the counts
     * withheld to protect it look the same.
     *
     * @return true when withheld; false for a count shown, and for a count shown as "fewer than" the
     *     threshold
     */
    public boolean isWithheld() {
        return value == WITHHELD;
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
     * Returns the count as the report shows it, such as {@code 12}, {@code fewer than 5} or, withheld
     * in a table, {@code x}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return isWithheld() ? "x" : isSuppressed() ? "fewer than " + threshold : Integer.toString(value);
    }
}
