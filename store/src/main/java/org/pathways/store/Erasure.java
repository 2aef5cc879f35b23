package org.pathways.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record an erasure leaves: which plan, when, by whom, why, and how many revisions went. It holds
 * identifiers and codes only, so that an agency can prove an erasure without keeping anything of the
 * person.
 *
 * @param planId the erased plan's identifier
 * @param agency the agency that held it, if recorded
 * @param at when it was erased
 * @param by who erased it (a staff identifier, or the name of a retention job)
 * @param reason why
 * @param revisions how many revisions were deleted
 * @implSpec This record is immutable and thread-safe.
 */
public record Erasure(String planId, Optional<String> agency, Instant at, String by, Reason reason, int revisions) {
    /**
     * Checks that no component is null.
     *
     * @param planId the plan
     * @param agency the agency
     * @param at when
     * @param by who
     * @param reason why
     * @param revisions how many revisions
     */
    public Erasure {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a plan was erased. */
    public enum Reason {
        /** The person asked for her plan to be erased. */
        REQUEST("request"),
        /** The agency's retention policy ended the plan's life. */
        RETENTION("retention");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /**
         * Returns the code stored in {@code pathways_erasures.reason}.
         *
         * @return {@code request} or {@code retention}
         */
        public String getCode() {
            return code;
        }

        static Reason fromCode(String code) {
            return code.equals("request") ? REQUEST : RETENTION;
        }
    }
}
