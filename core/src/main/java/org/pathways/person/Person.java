package org.pathways.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * The person at the centre of the plan, identified by a pseudonymous identifier from the host
 * system, such as {@code person-0f3c}.
 *
 * <pre>{@code
 * Person amara = Person.builder()
 *         .id("person-0f3c")
 *         .chosenName(SensitiveText.of("Amara"))
 *         .pronouns("she/her")
 *         .addLanguages("en", "oj")
 *         .safeContact(contact)
 *         .build();
 * }</pre>
 *
 * <p>Nothing else is required: no legal name, no birth date, no classification of what happened.
 * How the person describes their experience is optional and in their own words.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
    Person() {}

    /**
     * Returns a new builder.
     *
     * @return a builder whose safe contact defaults to {@link SafeContact#none()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the pseudonymous identifier from the host system.
     *
     * @return the identifier; never a legal name
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the name the person chose to be called.
     *
     * @return the name, sensitive; empty when not given
     */
    public abstract Optional<SensitiveText> getChosenName();

    /**
     * Returns the person's pronouns, such as {@code she/her} or {@code they/them}. They can tell of
     * her gender identity, so {@link #toString()} never shows them.
     *
     * @return the pronouns; empty when not given
     */
    @Value.Redacted
    public abstract Optional<String> getPronouns();

    /**
     * Returns the languages the person prefers, first preferred first, as BCP 47 tags: {@code en},
     * {@code fr}, {@code oj} (Ojibwe), {@code cr} (Cree), {@code iu} (Inuktitut).
     *
     * @return the language tags; may be empty
     */
    @NotNull
    public abstract List<String> getLanguages();

    /**
     * Returns the cultural supports the person asked for, in their words, such as a smudge with an
     * Elder before appointments.
     *
     * @return the supports, sensitive; may be empty
     */
    @NotNull
    public abstract List<SensitiveText> getCulturalSupports();

    /**
     * Returns how the person describes their experience, if and as they chose to.
     *
     * @return the self-description, sensitive; empty when not given
     */
    public abstract Optional<SensitiveText> getSelfDescription();

    /**
     * Returns how and when the person may be reached safely.
     *
     * @return the safe contact
     */
    @Value.Default
    @NotNull
    @Valid
    public SafeContact getSafeContact() {
        return SafeContact.none();
    }

    /**
     * Returns a copy with another safe contact.
     *
     * @param safeContact the new safe contact
     * @return the changed copy
     */
    public Person withSafeContact(SafeContact safeContact) {
        return builder().from(this).safeContact(safeContact).build();
    }

    @Value.Check
    void check() {
        Checks.id("person.id", getId());
        getPronouns().ifPresent(p -> Checks.label("person.pronouns", p, 40));
        for (String tag : getLanguages()) {
            Checks.languageTag("person.languages", tag);
        }
        if (getLanguages().stream().distinct().count() != getLanguages().size()) {
            Checks.fail("person.languages", "a language appears more than once");
        }
    }

    /** Builds a {@link Person}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
