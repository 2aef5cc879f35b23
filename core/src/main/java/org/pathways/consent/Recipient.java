package org.pathways.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.pathways.internal.Checks;

/**
 * Who receives information: an organisation, one member of the care team, or a case-conferencing
 * table, such as {@code organisation org-aurora-house}.
 *
 * <pre>{@code
 * Recipient shelter = Recipient.organisation("org-aurora-house");
 * Recipient jo = Recipient.member("m-jo");
 * Recipient table = Recipient.table("table-nipissing");
 * }</pre>
 *
 * <p>Recipients match exactly. Consent to an organisation does not extend to a table it sits at,
 * and being on the care team implies no consent at all: every disclosure goes through the ledger.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Recipient {
    Recipient() {}

    /**
     * Returns a recipient.
     *
     * @param kind what kind of party
     * @param id its identifier
     * @return the recipient
     */
    public static Recipient of(RecipientKind kind, String id) {
        return ImmutableRecipient.of(kind, id);
    }

    /**
     * Returns an organisation as a recipient.
     *
     * @param id the organisation's identifier
     * @return the recipient
     */
    public static Recipient organisation(String id) {
        return of(RecipientKind.ORGANISATION, id);
    }

    /**
     * Returns a team member as a recipient.
     *
     * @param id the member's identifier
     * @return the recipient
     */
    public static Recipient member(String id) {
        return of(RecipientKind.MEMBER, id);
    }

    /**
     * Returns a case-conferencing table as a recipient.
     *
     * @param id the table's identifier
     * @return the recipient
     */
    public static Recipient table(String id) {
        return of(RecipientKind.TABLE, id);
    }

    /**
     * Returns what kind of party this is.
     *
     * @return the kind
     */
    @NotNull
    @Value.Parameter
    public abstract RecipientKind getKind();

    /**
     * Returns the party's identifier.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    @Value.Parameter
    public abstract String getId();

    @Value.Check
    void check() {
        Checks.id("recipient.id", getId());
    }

    /**
     * Returns the kind and identifier, such as {@code organisation org-aurora-house}; both are safe
     * to log.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return getKind().getCode() + " " + getId();
    }
}
