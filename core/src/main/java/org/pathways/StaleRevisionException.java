package org.pathways;

/**
 * Thrown when a change was prepared against a revision of a plan that is no longer the latest, so
 * that two workers editing one plan never silently overwrite each other (optimistic concurrency).
 *
 * <p>Example message: {@code revision: prepared against revision 4, but the latest is revision 5 by
 * m-jo at 2026-03-02T15:04:00Z; reload the latest revision and prepare the change again from it}.
 * The caller does just that: reloads the latest revision, shows it, and prepares the change again.
 * Its code is {@link ErrorCode#STALE_REVISION} (HTTP 409).
 */
public final class StaleRevisionException extends PathwaysException {
    private static final long serialVersionUID = 2L;

    /** What every stale change asks of the caller, appended to the reason. */
    private static final String RETRY = "reload the latest revision and prepare the change again from it";

    /** The revision number the refused change was made from. */
    private final int preparedAgainst;
    /** The latest revision number at the time of the refusal. */
    private final int latest;

    /**
     * Creates an exception for a change prepared against an old revision.
     *
     * @param preparedAgainst the revision number the change was made from
     * @param latest the latest revision number
     * @param reason a description of the conflict, without sensitive text; not null. The reason
     *     given by {@link #getReason()} ends with what to do: reload and retry.
     */
    public StaleRevisionException(int preparedAgainst, int latest, String reason) {
        super(ErrorCode.STALE_REVISION, "revision", retry(reason), null);
        this.preparedAgainst = preparedAgainst;
        this.latest = latest;
    }

    private static String retry(String reason) {
        return reason.endsWith(RETRY) ? reason : reason + "; " + RETRY;
    }

    /**
     * Returns the revision number the refused change was made from.
     *
     * @return the revision number
     */
    public int getPreparedAgainst() {
        return preparedAgainst;
    }

    /**
     * Returns the latest revision number at the time of the refusal.
     *
     * @return the revision number
     */
    public int getLatest() {
        return latest;
    }
}
