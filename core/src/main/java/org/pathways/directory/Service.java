package org.pathways.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.pathways.LocalizedText;
import org.pathways.internal.Checks;
import org.pathways.plan.StepKind;

/**
 * One service of an organisation, described as the Service Mapping Toolkit asks: its programming
 * (the step kinds it delivers), approaches and knowledges — "it is insufficient to simply check off
 * specific programs" — with its languages, the communities it serves, whether it can be reached
 * remotely, its hours, its capacity and its barriers.
 *
 * <pre>{@code
 * Service shelter = Service.builder()
 *         .id("svc-aurora-shelter")
 *         .organisation("org-aurora-house")
 *         .name(LocalizedText.of("Emergency shelter").with("fr", "Hébergement d'urgence"))
 *         .addProgramming(StepKind.SHELTER_AND_HOUSING)
 *         .addApproaches(Approach.TRAUMA_AND_VIOLENCE_INFORMED, Approach.HARM_REDUCTION)
 *         .addKnowledges(Knowledge.EXPERIENTIAL)
 *         .addLanguages("en", "fr")
 *         .addCommunities("North Bay", "Mattawa")
 *         .open24x7(true)
 *         .capacity(Capacity.WAITLIST)
 *         .typicalWaitDays(10)
 *         .addBarriers(Barrier.GENDER_LIMIT)
 *         .addLocations(safeHouse)
 *         .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Service {
    Service() {}

    /**
     * Returns a new builder.
     *
     * @return a builder; capacity defaults to {@link Capacity#OPEN}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the service's identifier, unique in the directory.
     *
     * @return the identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getId();

    /**
     * Returns the organisation that offers the service.
     *
     * @return the organisation's identifier
     */
    @NotNull
    @Pattern(regexp = Checks.ID_PATTERN)
    public abstract String getOrganisation();

    /**
     * Returns the service's data steward: the First Nation or Indigenous organisation that governs
     * secondary use of the records about it (OCAP), when the directory names one. Never inferred
     * from the service's approaches or knowledges.
     *
     * @return the steward's organisation identifier; empty when none is named
     */
    public abstract Optional<@Pattern(regexp = Checks.ID_PATTERN) String> getSteward();

    /**
     * Returns the service's public name, in the languages the directory wrote it.
     *
     * @return the name, such as "Emergency shelter" with the French "Hébergement d'urgence"
     */
    @NotNull
    public abstract LocalizedText getName();

    /**
     * Returns the kinds of plan step the service delivers.
     *
     * @return at least one kind, in the order of {@link StepKind}
     */
    @NotEmpty
    public abstract Set<StepKind> getProgramming();

    /**
     * Returns how the service works with people.
     *
     * @return the approaches, in the order of {@link Approach}
     */
    @NotNull
    public abstract Set<Approach> getApproaches();

    /**
     * Returns what the service's staff know.
     *
     * @return the knowledges, in the order of {@link Knowledge}
     */
    @NotNull
    public abstract Set<Knowledge> getKnowledges();

    /**
     * Returns the languages the service is offered in, as BCP 47 tags such as {@code fr} or {@code oj}.
     *
     * @return the languages, without repeats
     */
    @NotNull
    public abstract List<String> getLanguages();

    /**
     * Returns the communities the service serves.
     *
     * @return place names, in natural order
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> getCommunities();

    /**
     * Asks whether the service can be reached remotely (phone, video, online), whatever the community.
     *
     * @return true when remote
     */
    @Value.Default
    public boolean isRemote() {
        return false;
    }

    /**
     * Asks whether the service is open 24 hours a day, 7 days a week (NP-6).
     *
     * @return true when always open
     */
    @Value.Default
    public boolean isOpen24x7() {
        return false;
    }

    /**
     * Returns the opening hours in words, in the languages the directory wrote them, such as "Monday to
     * Friday, 9 to 5" with the French « Du lundi au vendredi, de 9 h à 17 h ».
     *
     * @return the hours; empty when not given or always open
     */
    public abstract Optional<LocalizedText> getHours();

    /**
     * Returns whether the service can take someone now.
     *
     * @return the capacity; {@link Capacity#OPEN} unless set
     */
    @Value.Default
    @NotNull
    public Capacity getCapacity() {
        return Capacity.OPEN;
    }

    /**
     * Returns the typical wait on the waitlist.
     *
     * @return days; present exactly when the capacity is {@link Capacity#WAITLIST}
     */
    public abstract OptionalInt getTypicalWaitDays();

    /**
     * Returns the conditions of access that can keep a person out.
     *
     * @return the barriers, in the order of {@link Barrier}
     */
    @NotNull
    public abstract Set<Barrier> getBarriers();

    /**
     * Returns where the service is offered.
     *
     * @return the locations; empty for a service offered only remotely
     */
    @NotNull
    public abstract List<@Valid Location> getLocations();

    /**
     * Returns this service as it may leave the agency: confidential locations without their address
     * and phone.
     *
     * @return the copy, or this service when nothing is confidential
     */
    public Service withoutConfidentialDetails() {
        List<Location> open = getLocations().stream()
                .map(Location::withoutConfidentialDetails)
                .toList();
        return open.equals(getLocations())
                ? this
                : builder().from(this).locations(open).build();
    }

    @Value.Check
    void check() {
        String f = "services[" + getId() + "]";
        Checks.id("service.id", getId());
        Checks.id(f + ".organisation", getOrganisation());
        getSteward().ifPresent(st -> Checks.id(f + ".steward", st));
        Checks.text(f + ".name", getName(), 200);
        if (getProgramming().isEmpty()) {
            Checks.fail(f + ".programming", "a service delivers at least one kind of step");
        }
        for (String tag : getLanguages()) {
            Checks.languageTag(f + ".languages", tag);
        }
        if (getLanguages().stream().distinct().count() != getLanguages().size()) {
            Checks.fail(f + ".languages", "a language appears more than once");
        }
        getCommunities().forEach(c -> Checks.label(f + ".communities", c, 100));
        getHours().ifPresent(h -> Checks.text(f + ".hours", h, 200));
        boolean waitlist = getCapacity() == Capacity.WAITLIST;
        if (waitlist != getTypicalWaitDays().isPresent()) {
            Checks.fail(
                    f + ".typicalWaitDays",
                    waitlist ? "a waitlist says its typical wait" : "only a waitlist has a typical wait");
        }
        if (getTypicalWaitDays().isPresent() && getTypicalWaitDays().getAsInt() < 0) {
            Checks.fail(f + ".typicalWaitDays", getTypicalWaitDays().getAsInt() + " is not a number of days");
        }
    }

    /** Builds a {@link Service}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableService.Builder {
        Builder() {}

        /**
         * Sets a name written in one language.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            Checks.label("service.name", name, 200);
            return name(LocalizedText.of(name));
        }

        /**
         * Sets hours written in one language.
         *
         * @param hours the hours in words
         * @return this builder
         */
        public Builder hours(String hours) {
            Checks.label("service.hours", hours, 200);
            return hours(LocalizedText.of(hours));
        }
    }
}
