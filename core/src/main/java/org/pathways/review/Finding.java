package org.pathways.review;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One observation of a review, such as {@code advisory no_accompaniment_offered on s-shelter: referral
 * with no accompaniment offered (DM-3)}. Its message names identifiers and codes only, never the
 * person's words.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
    Finding() {}

    /**
     * Returns a finding.
     *
     * @param rule the rule
     * @param subject the identifier of the step, priority or member it is about, or empty for the plan
     * @param message what was found, without sensitive text
     * @return the finding
     */
    public static Finding of(Rule rule, Optional<String> subject, String message) {
        return ImmutableFinding.builder()
                .rule(rule)
                .subject(subject)
                .message(message)
                .build();
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    @NotNull
    public abstract Rule getRule();

    /**
     * Returns the strength of the finding.
     *
     * @return the rule's severity
     */
    public Severity getSeverity() {
        return getRule().getSeverity();
    }

    /**
     * Returns the identifier of what the finding is about.
     *
     * @return a step, priority or member identifier; empty for the plan as a whole
     */
    public abstract Optional<String> getSubject();

    /**
     * Returns what was found, in identifiers and codes.
     *
     * @return the message
     */
    @NotNull
    public abstract String getMessage();

    @Override
    public String toString() {
        return getSeverity().getCode() + " " + getRule().getCode()
                + getSubject().map(s -> " on " + s).orElse("") + ": " + getMessage() + " ("
                + getRule().getSource()
                + ")";
    }
}
