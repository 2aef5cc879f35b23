package org.pathways.review;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** A rule of the plan review, with its strength and the recommendation or principle it serves. */
public enum Rule implements Coded {
    /**
     * A step under way serves only priorities the person has set aside: it proceeds on something the
     * person chose not to pursue now. Code {@code step_serves_set_aside_priority}.
     */
    STEP_SERVES_SET_ASIDE_PRIORITY(
            "step_serves_set_aside_priority", Severity.VIOLATION, "DM-8, NP-1", "status", "priorities"),
    /**
     * A step that went ahead and is still open, whose provider the person's consent no longer
     * covers at the time of the revision — after a revocation, a refusal or the end of a grant. The
     * history stands; the worker talks with the person before anything more is shared. Code
     * {@code step_without_consent}.
     */
    STEP_WITHOUT_CONSENT(
            "step_without_consent", Severity.VIOLATION, "NP-5; DM-1", "status", "provider", "purpose", "categories"),
    /**
     * An open step that has not gone ahead yet and will need the person's consent to share with its
     * provider before it can. Code {@code consent_needed}.
     */
    CONSENT_NEEDED("consent_needed", Severity.ADVISORY, "NP-5; DM-1", "status", "provider", "purpose", "categories"),
    /**
     * A grant in effect will end — at the end the person set, or at the expiry the agency's consent
     * policy gave it — within the policy's notice, and nothing else will permit what it permits
     * then: the worker can ask the person whether to renew it, by a new grant. Code
     * {@code consent_expiring}.
     */
    CONSENT_EXPIRING("consent_expiring", Severity.ADVISORY, "NP-5", "recipient_kind", "recipient", "end", "by_policy"),
    /**
     * Information was disclosed without the person's consent, on a legal basis, and the person has
     * not been told yet. Code {@code person_not_told_of_disclosure}.
     */
    PERSON_NOT_TOLD_OF_DISCLOSURE(
            "person_not_told_of_disclosure", Severity.ADVISORY, "NP-5", "recipient_kind", "recipient", "basis", "at"),
    /**
     * A disclosure or case conference entered late — recorded after it happened — that the
     * person's consent covered when it happened but no longer covered when it was recorded (she
     * revoked or refused in between): late entries happen in practice, and this one deserves a
     * second look. Code {@code late_entry_after_consent_changed}.
     */
    LATE_ENTRY_AFTER_CONSENT_CHANGED(
            "late_entry_after_consent_changed", Severity.ADVISORY, "NP-5", "record", "at", "recorded_at"),
    /**
     * No current member is the lead dedicated case worker, so the person may have to retell their
     * story. Code {@code no_lead_case_worker}.
     */
    NO_LEAD_CASE_WORKER("no_lead_case_worker", Severity.ADVISORY, "NORAHT programming; DM-4"),
    /**
     * The open steps touch fewer than the four medicine-wheel domains, and the person has not
     * deferred the others. Code {@code domains_not_covered}.
     */
    DOMAINS_NOT_COVERED("domains_not_covered", Severity.ADVISORY, "NORAHT medicine wheel; NP-7", "domains"),
    /**
     * An open referral or first appointment with no accompaniment offered. Code
     * {@code no_accompaniment_offered}.
     */
    NO_ACCOMPANIMENT_OFFERED("no_accompaniment_offered", Severity.ADVISORY, "DM-3", "kind", "first_appointment"),
    /** An active priority that no open step serves. Code {@code priority_without_step}. */
    PRIORITY_WITHOUT_STEP("priority_without_step", Severity.ADVISORY, "DM-4, DM-8", "rank"),
    /**
     * A peer support worker who is not recorded as paid; people with lived experience belong in the
     * paid circle of care. Code {@code peer_worker_not_paid}.
     */
    PEER_WORKER_NOT_PAID("peer_worker_not_paid", Severity.ADVISORY, "NR-3, NP-2", "role");

    private final String code;
    private final Severity severity;
    private final String source;
    private final java.util.List<String> arguments;

    Rule(String code, Severity severity, String source, String... arguments) {
        this.code = code;
        this.severity = severity;
        this.source = source;
        this.arguments = java.util.List.of(arguments);
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the names of a finding's {@linkplain Finding#getArguments() arguments} under this rule,
     * in order, as {@code docs/review.md} lists them.
     *
     * @return the names, such as {@code [status, provider, purpose, categories]}; empty when the rule
     *     needs none
     */
    public java.util.List<String> getArguments() {
        return arguments;
    }

    /**
     * Returns how strong a finding of this rule is.
     *
     * @return the severity
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns where the rule comes from: DM-n is recommendation n of Du Mont et al., NP-n principle n
     * and NR-n recommendation n of NORAHT.
     *
     * @return the source, such as {@code DM-3}
     */
    public String getSource() {
        return source;
    }

    /**
     * Returns where the rule comes from, one reference each, as {@link #getSource()} lists them.
     *
     * @return the sources, such as {@code [DM-8, NP-1]} or {@code [NORAHT medicine wheel, NP-7]}
     */
    public java.util.List<String> getSources() {
        return java.util.Arrays.stream(source.split("[;,]")).map(String::trim).toList();
    }

    /**
     * Returns the rule with the given wire code.
     *
     * @param code the code, such as {@code no_lead_case_worker}
     * @return the rule
     * @throws org.pathways.UnknownCodeException if no rule has that code
     */
    public static Rule fromCode(String code) {
        return Codes.fromCode(Rule.class, code);
    }
}
