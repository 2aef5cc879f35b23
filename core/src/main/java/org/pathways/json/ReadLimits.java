package org.pathways.json;

import java.util.Objects;

/**
 * How much a reader accepts before it refuses a document: its size, its nesting, the length of a
 * string or a number, and the size of each collection. Limits are enforced while parsing, so a
 * hostile document is refused before it is held in memory.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create().withLimits(ReadLimits.defaults().withMaxSteps(20_000));
 * }</pre>
 *
 * <p>A document over a limit ends in a {@link org.pathways.MalformedDocumentException} naming the
 * limit, with the JSON Pointer, line and column where it was exceeded.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReadLimits {
    private static final ReadLimits DEFAULTS =
            new ReadLimits(16L * 1024 * 1024, 32, 100_000, 20, 1_000, 10_000, 100_000, 10_000);

    private final long maxDocumentLength;
    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final int maxPriorities;
    private final int maxSteps;
    private final int maxConsentEntries;
    private final int maxCollection;

    private ReadLimits(
            long maxDocumentLength,
            int maxNestingDepth,
            int maxStringLength,
            int maxNumberLength,
            int maxPriorities,
            int maxSteps,
            int maxConsentEntries,
            int maxCollection) {
        this.maxDocumentLength = positive("maxDocumentLength", maxDocumentLength);
        this.maxNestingDepth = (int) positive("maxNestingDepth", maxNestingDepth);
        this.maxStringLength = (int) positive("maxStringLength", maxStringLength);
        this.maxNumberLength = (int) positive("maxNumberLength", maxNumberLength);
        this.maxPriorities = (int) positive("maxPriorities", maxPriorities);
        this.maxSteps = (int) positive("maxSteps", maxSteps);
        this.maxConsentEntries = (int) positive("maxConsentEntries", maxConsentEntries);
        this.maxCollection = (int) positive("maxCollection", maxCollection);
    }

    private static long positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }

    /**
     * Returns the default limits: documents up to 16 MiB (in characters or bytes), nesting 32 deep,
     * strings of 100,000 characters, numbers of 20 digits, 1,000 priorities, 10,000 steps, 100,000
     * consent entries, and 10,000 elements in any other collection.
     *
     * @return the defaults
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the longest document accepted, in characters for text and bytes for a stream.
     *
     * @return the limit
     */
    public long getMaxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the deepest nesting of arrays and objects accepted.
     *
     * @return the limit
     */
    public int getMaxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the longest string accepted, in characters.
     *
     * @return the limit
     */
    public int getMaxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the longest number accepted, in characters.
     *
     * @return the limit
     */
    public int getMaxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns the most priorities a list may hold.
     *
     * @return the limit
     */
    public int getMaxPriorities() {
        return maxPriorities;
    }

    /**
     * Returns the most steps a plan or a view may hold.
     *
     * @return the limit
     */
    public int getMaxSteps() {
        return maxSteps;
    }

    /**
     * Returns the most entries a consent ledger may hold.
     *
     * @return the limit
     */
    public int getMaxConsentEntries() {
        return maxConsentEntries;
    }

    /**
     * Returns the most elements any other collection may hold (a step's history, the team, a
     * person's languages…).
     *
     * @return the limit
     */
    public int getMaxCollection() {
        return maxCollection;
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxDocumentLength(long limit) {
        return new ReadLimits(
                limit,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                maxConsentEntries,
                maxCollection);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param limit at least 1; the wire format itself nests 7 deep
     * @return the copy
     */
    public ReadLimits withMaxNestingDepth(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                limit,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                maxConsentEntries,
                maxCollection);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxStringLength(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                maxNestingDepth,
                limit,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                maxConsentEntries,
                maxCollection);
    }

    /**
     * Returns a copy with another priority limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxPriorities(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                limit,
                maxSteps,
                maxConsentEntries,
                maxCollection);
    }

    /**
     * Returns a copy with another step limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxSteps(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                limit,
                maxConsentEntries,
                maxCollection);
    }

    /**
     * Returns a copy with another consent-entry limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxConsentEntries(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                limit,
                maxCollection);
    }

    /**
     * Returns a copy with another limit for every other collection.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxCollection(int limit) {
        return new ReadLimits(
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                maxConsentEntries,
                limit);
    }

    /** The limit of the array held by a field of that name, with what to call its elements. */
    int forArray(String field) {
        if (field == null) {
            return maxCollection;
        }
        return switch (field) {
            case "priorities" -> maxPriorities;
            case "steps" -> maxSteps;
            case "consent" -> maxConsentEntries;
            default -> maxCollection;
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReadLimits)) {
            return false;
        }
        ReadLimits l = (ReadLimits) o;
        return maxDocumentLength == l.maxDocumentLength
                && maxNestingDepth == l.maxNestingDepth
                && maxStringLength == l.maxStringLength
                && maxNumberLength == l.maxNumberLength
                && maxPriorities == l.maxPriorities
                && maxSteps == l.maxSteps
                && maxConsentEntries == l.maxConsentEntries
                && maxCollection == l.maxCollection;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                maxDocumentLength,
                maxNestingDepth,
                maxStringLength,
                maxNumberLength,
                maxPriorities,
                maxSteps,
                maxConsentEntries,
                maxCollection);
    }

    @Override
    public String toString() {
        return "ReadLimits[document " + maxDocumentLength + ", nesting " + maxNestingDepth + ", string "
                + maxStringLength + ", number " + maxNumberLength + ", priorities " + maxPriorities + ", steps "
                + maxSteps + ", consent " + maxConsentEntries + ", other collections " + maxCollection + "]";
    }
}
