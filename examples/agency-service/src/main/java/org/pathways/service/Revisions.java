package org.pathways.service;

import java.time.Clock;
import org.pathways.PathwaysException;
import org.pathways.plan.Edit;

/**
 * The revision as HTTP sees it: the {@code ETag} of a plan is its revision number ({@code "4"}), a
 * change names the revision it was made from in {@code If-Match}, and its author comes from the
 * {@code Pathways-Author} header, never from the body.
 */
final class Revisions {
    /** The header that names who makes a change. */
    static final String AUTHOR = "Pathways-Author";

    /** The header that says whether the person was present ({@code true} or {@code false}). */
    static final String PERSON_PRESENT = "Pathways-Person-Present";

    private Revisions() {}

    static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an {@code If-Match} header names. */
    static int ifMatch(String header) {
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

    /** The authorship of a change: the request's author and presence, now. */
    static Edit edit(String author, String personPresent, Clock clock) {
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
    static final class PreconditionRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("a change names the revision it was made from in If-Match, such as If-Match: \"4\"");
        }
    }

    /** A header the service cannot read: 400, naming the header, never its value. */
    static final class BadHeader extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String header;

        BadHeader(String header, String reason) {
            super(header + " " + reason);
            this.header = header;
        }
    }
}
