package org.pathways.spring;

import java.time.Clock;
import org.pathways.PathwaysException;
import org.pathways.plan.Edit;

/**
 * The revision of a plan as HTTP sees it, for any Spring service over Pathways: the {@code ETag} of a plan is its revision number ({@code "4"}), a
 * change names the revision it was made from in {@code If-Match}, and its author comes from the
 * {@code Pathways-Author} header, never from the body.
 */
public final class PlanRevisions {
    /** The header that names who makes a change. */
    public static final String AUTHOR = "Pathways-Author";

    /** The header that says whether the person was present ({@code true} or {@code false}). */
    public static final String PERSON_PRESENT = "Pathways-Person-Present";

    private PlanRevisions() {}

    /**
     * Returns the {@code ETag} of a revision.
     *
     * @param revision the revision number
     * @return the strong entity tag, such as {@code "4"} with its quotes
     */
    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /**
     * Returns the revision an {@code If-Match} header names: {@code "4"} or {@code W/"4"}.
     *
     * @param header the header's value, or null when the request has none
     * @return the revision number
     * @throws PreconditionRequired if there is no header (answered with 428)
     * @throws BadHeader if it names no revision (answered with 400, without the value)
     */
    public static int ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.length() > 12 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            throw new BadHeader("If-Match", "is not the ETag of a revision, such as \"4\"");
        }
        try {
            int n = Integer.parseInt(tag.substring(1, tag.length() - 1));
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadHeader("If-Match", "is not the ETag of a revision, such as \"4\"");
        }
    }

    /**
     * Returns the authorship of a change: the request's author and presence, at the clock's time.
     *
     * @param author the {@code Pathways-Author} header, or null
     * @param personPresent the {@code Pathways-Person-Present} header, or null for false
     * @param clock the server's clock
     * @return the edit
     * @throws BadHeader if the author is missing or not an identifier (answered with 400)
     */
    public static Edit edit(String author, String personPresent, Clock clock) {
        if (author == null || author.isBlank()) {
            throw new BadHeader(AUTHOR, "is required: who makes the change");
        }
        boolean present;
        if (personPresent == null || personPresent.equals("false")) {
            present = false;
        } else if (personPresent.equals("true")) {
            present = true;
        } else {
            throw new BadHeader(PERSON_PRESENT, "is true or false");
        }
        try {
            return Edit.of(author, clock.instant(), present);
        } catch (PathwaysException e) {
            throw new BadHeader(AUTHOR, "is not an identifier");
        }
    }

    /** A change without {@code If-Match}: 428. */
    public static final class PreconditionRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("a change names the revision it was made from in If-Match, such as If-Match: \"4\"");
        }
    }

    /** A header the service cannot read: 400, naming the header, never its value. */
    public static final class BadHeader extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String header;

        BadHeader(String header, String reason) {
            super(header + " " + reason);
            this.header = header;
        }
    }
}
