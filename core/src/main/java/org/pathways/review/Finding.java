package org.pathways.review;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.pathways.internal.Checks;
import org.pathways.internal.base.Strings;

/**
 * One observation of a review, such as {@code advisory no_accompaniment_offered on s-shelter: referral
 * with no accompaniment offered (DM-3)}. Its message names identifiers and codes only, never the
 * person's words.
 *
 * <p>A finding is data, not only a sentence: its {@linkplain #getRule() rule} is a stable code, its
 * {@linkplain #getSubject() subject} an identifier, and its {@linkplain #getArguments() arguments}
 * the codes, identifiers, numbers and times the message is made of, by name, so that findings can be
 * tested, counted and translated. {@code docs/review.md} lists the arguments of every rule.
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
        return of(rule, subject, Map.of(), message);
    }

    /**
     * Returns a finding with its arguments.
     *
     * @param rule the rule
     * @param subject the identifier of the step, priority, member or disclosure it is about, or empty
     *     for the plan
     * @param arguments the values the message is made of, by name, in order: names of lower-case
     *     letters and {@code _}; values codes, identifiers, numbers or instants, a list of them
     *     separated by {@code ,}, never free text
     * @param message what was found, in English, without sensitive text
     * @return the finding
     */
    public static Finding of(Rule rule, Optional<String> subject, Map<String, String> arguments, String message) {
        return ImmutableFinding.builder()
                .rule(rule)
                .subject(subject)
                .arguments(arguments)
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
     * Returns where the rule comes from, one reference each: DM-n is recommendation n of Du Mont et
     * al., NP-n principle n and NR-n recommendation n of NORAHT.
     *
     * @return the rule's sources, such as {@code [DM-8, NP-1]}
     */
    public java.util.List<String> getSources() {
        return getRule().getSources();
    }

    /**
     * Returns the values the message is made of, by name, in the order the message uses them, such
     * as {@code {status=in_progress, provider=org-aurora-house, purpose=referral,
     * categories=identity,health}} for {@link Rule#STEP_WITHOUT_CONSENT}. A list is its elements
     * separated by {@code ,}. The names of each rule are stable and listed in {@code docs/review.md}.
     *
     * @return the arguments; empty when the rule needs none
     */
    public abstract Map<String, String> getArguments();

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

    /** What a name and a value of an argument may be: never free text. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,31}");

    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:,+-]{0,1000}");

    @Value.Check
    void check() {
        getSubject().ifPresent(s -> Checks.id("finding.subject", s));
        for (Map.Entry<String, String> a : getArguments().entrySet()) {
            if (!NAME.matcher(a.getKey()).matches()) {
                Checks.fail(
                        "finding.arguments",
                        "a name is lower-case letters and _, up to 32: " + Strings.shape(a.getKey()));
            }
            if (!VALUE.matcher(a.getValue()).matches()) {
                Checks.fail(
                        "finding.arguments." + a.getKey(),
                        "is codes, identifiers, numbers or instants separated by ',', up to 1000 characters: "
                                + Strings.shape(a.getValue()));
            }
        }
    }

    @Override
    public String toString() {
        return getSeverity().getCode() + " " + getRule().getCode()
                + getSubject().map(s -> " on " + s).orElse("") + ": " + getMessage() + " ("
                + getRule().getSource()
                + ")";
    }
}
