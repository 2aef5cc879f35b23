package org.pathways.directory;

import java.util.List;
import org.pathways.Coded;
import org.pathways.internal.Codes;

/**
 * Why a service fits a person's priority or step, or might not: the stable code of a
 * {@link MatchReason}, with its strength and the names of its arguments. {@code docs/review.md} lists
 * every code; a translation keys on them.
 */
public enum MatchCode implements Coded {
    /** It delivers the kinds of step asked for. Arguments {@code kinds}. Code {@code delivers}. */
    DELIVERS("delivers", Strength.FIT, "kinds"),
    /** It is offered in languages the person prefers. Arguments {@code languages}. Code {@code offered_in_language}. */
    OFFERED_IN_LANGUAGE("offered_in_language", Strength.FIT, "languages"),
    /**
     * It is offered in none of the languages the person prefers. Arguments {@code languages} (hers).
     * Code {@code not_offered_in_language}.
     */
    NOT_OFFERED_IN_LANGUAGE("not_offered_in_language", Strength.CONCERN, "languages"),
    /** It serves the person's community. Arguments {@code community}. Code {@code serves_community}. */
    SERVES_COMMUNITY("serves_community", Strength.FIT, "community"),
    /** It can be reached remotely. No arguments. Code {@code reached_remotely}. */
    REACHED_REMOTELY("reached_remotely", Strength.FIT),
    /**
     * It does not serve the person's community and cannot be reached remotely. Arguments
     * {@code community}. Code {@code outside_community}.
     */
    OUTSIDE_COMMUNITY("outside_community", Strength.CONCERN, "community"),
    /** It takes an approach the person asked for. Arguments {@code approach}. Code {@code approach}. */
    APPROACH("approach", Strength.FIT, "approach"),
    /** It does not take an approach the person asked for. Arguments {@code approach}. Code {@code no_approach}. */
    NO_APPROACH("no_approach", Strength.CONCERN, "approach"),
    /** Its staff hold a knowledge. Arguments {@code knowledge}. Code {@code knowledge}. */
    KNOWLEDGE("knowledge", Strength.FIT, "knowledge"),
    /** It is open every hour of every day. No arguments. Code {@code open_24x7}. */
    OPEN_24X7("open_24x7", Strength.FIT),
    /** It is full now. No arguments. Code {@code full}. */
    FULL("full", Strength.CONCERN),
    /**
     * Its typical wait ends after the step is due. Arguments {@code wait_days}, {@code due}. Code
     * {@code wait_after_due}.
     */
    WAIT_AFTER_DUE("wait_after_due", Strength.COLLISION, "wait_days", "due"),
    /** It has a waitlist. Arguments {@code wait_days}. Code {@code waitlist}. */
    WAITLIST("waitlist", Strength.CONCERN, "wait_days"),
    /**
     * It requires sobriety, against a harm-reduction priority. Arguments {@code barrier}. Code
     * {@code sobriety_against_harm_reduction}.
     */
    SOBRIETY_AGAINST_HARM_REDUCTION("sobriety_against_harm_reduction", Strength.COLLISION, "barrier"),
    /**
     * It requires identity documents and the person has none now. Arguments {@code barrier}. Code
     * {@code no_identity_documents}.
     */
    NO_IDENTITY_DOCUMENTS("no_identity_documents", Strength.COLLISION, "barrier"),
    /** Another barrier. Arguments {@code barrier}. Code {@code barrier}. */
    BARRIER("barrier", Strength.CONCERN, "barrier");

    /** How a reason weighs in a match. */
    public enum Strength implements Coded {
        /** Why the service fits. Code {@code fit}. */
        FIT("fit"),
        /** Why it might not fit. Code {@code concern}. */
        CONCERN("concern"),
        /** What collides with the person's situation; ranks a service below those with fewer. Code {@code collision}. */
        COLLISION("collision");

        private final String code;

        Strength(String code) {
            this.code = code;
        }

        @Override
        public String getCode() {
            return code;
        }

        /**
         * Returns the strength with the given wire code.
         *
         * @param code the code, such as {@code collision}
         * @return the strength
         * @throws org.pathways.UnknownCodeException if no strength has that code
         */
        public static Strength fromCode(String code) {
            return Codes.fromCode(Strength.class, code);
        }
    }

    private final String code;
    private final Strength strength;
    private final List<String> arguments;

    MatchCode(String code, Strength strength, String... arguments) {
        this.code = code;
        this.strength = strength;
        this.arguments = List.of(arguments);
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns how a reason with this code weighs.
     *
     * @return the strength
     */
    public Strength getStrength() {
        return strength;
    }

    /**
     * Returns the names of a reason's arguments, in order.
     *
     * @return the names, such as {@code [wait_days, due]}
     */
    public List<String> getArguments() {
        return arguments;
    }

    /**
     * Returns the code with the given wire code.
     *
     * @param code the code, such as {@code waitlist}
     * @return the match code
     * @throws org.pathways.UnknownCodeException if no match code has that code
     */
    public static MatchCode fromCode(String code) {
        return Codes.fromCode(MatchCode.class, code);
    }
}
