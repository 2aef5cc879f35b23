package org.pathways.json;

/**
 * How much a reader accepts before it refuses a document: its size, its nesting, the length of a
 * string or a number, and the size of each collection. Limits are enforced while parsing, so a
 * hostile document is refused before it is held in memory.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.defaults().withLimits(ReadLimits.defaults().withMaxSteps(20_000));
 * }</pre>
 *
 * <p>A document over a limit ends in a {@link org.pathways.MalformedDocumentException} naming the
 * limit, with the JSON Pointer, line and column where it was exceeded.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ReadLimits {
    private static final int DOCUMENT = 0;
    private static final int NESTING = 1;
    private static final int STRING = 2;
    private static final int NUMBER = 3;
    private static final int PRIORITIES = 4;
    private static final int STEPS = 5;
    private static final int CONSENT = 6;
    private static final int COLLECTION = 7;
    private static final String[] NAMES = {
        "maxDocumentLength",
        "maxNestingDepth",
        "maxStringLength",
        "maxNumberLength",
        "maxPriorities",
        "maxSteps",
        "maxConsentEntries",
        "maxCollection"
    };
    private static final ReadLimits DEFAULTS =
            new ReadLimits(new long[] {16L * 1024 * 1024, 32, 100_000, 20, 1_000, 10_000, 100_000, 10_000});

    private final long[] limits;

    private ReadLimits(long[] limits) {
        this.limits = limits;
    }

    /** A copy with one limit changed. */
    private ReadLimits with(int which, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(NAMES[which] + " must be at least 1, not " + value);
        }
        long[] copy = limits.clone();
        copy[which] = value;
        return new ReadLimits(copy);
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
        return limits[DOCUMENT];
    }

    /**
     * Returns the deepest nesting of arrays and objects accepted.
     *
     * @return the limit
     */
    public int getMaxNestingDepth() {
        return (int) limits[NESTING];
    }

    /**
     * Returns the longest string accepted, in characters.
     *
     * @return the limit
     */
    public int getMaxStringLength() {
        return (int) limits[STRING];
    }

    /**
     * Returns the longest number accepted, in characters.
     *
     * @return the limit
     */
    public int getMaxNumberLength() {
        return (int) limits[NUMBER];
    }

    /**
     * Returns the most priorities a list may hold.
     *
     * @return the limit
     */
    public int getMaxPriorities() {
        return (int) limits[PRIORITIES];
    }

    /**
     * Returns the most steps a plan or a view may hold.
     *
     * @return the limit
     */
    public int getMaxSteps() {
        return (int) limits[STEPS];
    }

    /**
     * Returns the most entries a consent ledger may hold.
     *
     * @return the limit
     */
    public int getMaxConsentEntries() {
        return (int) limits[CONSENT];
    }

    /**
     * Returns the most elements any other collection may hold (a step's history, the team, a
     * person's languages…).
     *
     * @return the limit
     */
    public int getMaxCollection() {
        return (int) limits[COLLECTION];
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxDocumentLength(long limit) {
        return with(DOCUMENT, limit);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param limit at least 1; the wire format itself nests 7 deep
     * @return the copy
     */
    public ReadLimits withMaxNestingDepth(int limit) {
        return with(NESTING, limit);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxStringLength(int limit) {
        return with(STRING, limit);
    }

    /**
     * Returns a copy with another priority limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxPriorities(int limit) {
        return with(PRIORITIES, limit);
    }

    /**
     * Returns a copy with another step limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxSteps(int limit) {
        return with(STEPS, limit);
    }

    /**
     * Returns a copy with another consent-entry limit.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxConsentEntries(int limit) {
        return with(CONSENT, limit);
    }

    /**
     * Returns a copy with another limit for every other collection.
     *
     * @param limit at least 1
     * @return the copy
     */
    public ReadLimits withMaxCollection(int limit) {
        return with(COLLECTION, limit);
    }

    /** The limit of the array held by a field of that name, with what to call its elements. */
    int forArray(String field) {
        if (field == null) {
            return getMaxCollection();
        }
        return switch (field) {
            case "priorities" -> getMaxPriorities();
            case "steps" -> getMaxSteps();
            case "consent" -> getMaxConsentEntries();
            default -> getMaxCollection();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadLimits && java.util.Arrays.equals(((ReadLimits) o).limits, limits);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(limits);
    }

    @Override
    public String toString() {
        return "ReadLimits[document " + limits[DOCUMENT] + ", nesting " + limits[NESTING] + ", string "
                + limits[STRING] + ", number " + limits[NUMBER] + ", priorities " + limits[PRIORITIES] + ", steps "
                + limits[STEPS] + ", consent " + limits[CONSENT] + ", other collections " + limits[COLLECTION] + "]";
    }
}
