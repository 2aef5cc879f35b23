package org.pathways.json;

import java.util.List;
import org.pathways.MalformedDocumentException;

/**
 * What a bulk read of newline-delimited plans did: how many plans it delivered, and the lines it
 * skipped with their errors.
 *
 * <pre>{@code
 * BulkRead r = PlanJson.defaults().readLines(in, BadLine.SKIP, plan -> store(plan));
 * r.getRead();      // plans delivered
 * r.getSkipped();   // bad lines
 * r.getErrors();    // the first errors, each with its line number in getLine()
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class BulkRead {
    /** How many errors a result keeps; the rest are counted. */
    public static final int MAX_ERRORS_KEPT = 100;

    private final long read;
    private final long skipped;
    private final List<MalformedDocumentException> errors;

    BulkRead(long read, long skipped, List<MalformedDocumentException> errors) {
        this.read = read;
        this.skipped = skipped;
        this.errors = List.copyOf(errors);
    }

    /**
     * Returns how many plans were delivered.
     *
     * @return the count
     */
    public long getRead() {
        return read;
    }

    /**
     * Returns how many lines were skipped as bad.
     *
     * @return the count
     */
    public long getSkipped() {
        return skipped;
    }

    /**
     * Returns the errors of the first {@link #MAX_ERRORS_KEPT} bad lines; the line number of each is
     * {@link MalformedDocumentException#getLine()}, the column is within that line.
     *
     * @return the errors, in line order; none of them quotes sensitive text
     */
    public List<MalformedDocumentException> getErrors() {
        return errors;
    }

    @Override
    public String toString() {
        return "BulkRead[read " + read + ", skipped " + skipped + "]";
    }
}
