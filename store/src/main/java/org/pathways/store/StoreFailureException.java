package org.pathways.store;

import java.sql.SQLException;
import org.pathways.ErrorCode;
import org.pathways.PathwaysException;

/**
 * Thrown when the database fails a store operation for a reason that is not the caller's input: the
 * connection is lost, a statement times out, the schema is missing. The transaction was rolled back,
 * so nothing was half-written; the caller may retry. Its code is {@link ErrorCode#UNAVAILABLE}: a
 * service answers it with 503.
 *
 * <p>Example message: {@code store: the database refused the operation (SQLState 08006)}. The
 * message names the SQLState only; the driver's own exception is the cause.
 */
public final class StoreFailureException extends PathwaysException {
    private static final long serialVersionUID = 1L;

    /** The SQLState of the driver's exception, or {@code "-"}. */
    private final String sqlState;

    StoreFailureException(SQLException cause) {
        super(
                ErrorCode.UNAVAILABLE,
                "store",
                "the database refused the operation (SQLState " + stateOf(cause) + ")",
                cause);
        this.sqlState = stateOf(cause);
    }

    private static String stateOf(SQLException e) {
        return e.getSQLState() == null ? "-" : e.getSQLState();
    }

    /**
     * Returns the SQLState the database reported, such as {@code 40001} or {@code 08006}.
     *
     * @return the SQLState, or {@code "-"} when the driver gave none
     */
    public String getSqlState() {
        return sqlState;
    }
}
