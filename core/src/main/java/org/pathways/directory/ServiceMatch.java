package org.pathways.directory;

import java.util.List;
import java.util.Objects;

/**
 * One service that could serve a priority or step, with why it fits and why it might not. The
 * reasons name codes, communities and languages only — never a confidential address or phone, and
 * never the person's words — so a match can be shown to the person and logged.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ServiceMatch {
    private final Service service;
    private final boolean personsChoice;
    private final int score;
    private final List<String> fits;
    private final List<String> collisions;
    private final List<String> concerns;
    private final List<MatchReason> reasons;

    ServiceMatch(Service service, boolean personsChoice, int score, List<MatchReason> reasons) {
        this.service = service;
        this.personsChoice = personsChoice;
        this.score = score;
        this.reasons = List.copyOf(reasons);
        this.fits = texts(reasons, MatchCode.Strength.FIT);
        this.collisions = texts(reasons, MatchCode.Strength.COLLISION);
        this.concerns = texts(reasons, MatchCode.Strength.CONCERN);
    }

    private static List<String> texts(List<MatchReason> reasons, MatchCode.Strength strength) {
        return reasons.stream()
                .filter(r -> r.getStrength() == strength)
                .map(MatchReason::getText)
                .toList();
    }

    /**
     * Returns every reason the service fits or might not, as codes with arguments, in the order
     * they were found; {@link #getFits()}, {@link #getCollisions()} and {@link #getConcerns()} are
     * their texts by strength. A translation or a count keys on {@link MatchReason#getCode()}.
     *
     * @return the reasons
     */
    public List<MatchReason> getReasons() {
        return reasons;
    }

    /**
     * Returns the service, without confidential details.
     *
     * @return the service
     */
    public Service getService() {
        return service;
    }

    /**
     * Asks whether the service belongs to the provider the person already chose for the step; such a
     * service is listed first whatever its score, since matching never overrides the person's choice.
     *
     * @return true for the person's chosen provider
     */
    public boolean isPersonsChoice() {
        return personsChoice;
    }

    /**
     * Returns the score that orders services with the same number of collisions (see
     * {@link ServiceMatching}).
     *
     * @return the score
     */
    public int getScore() {
        return score;
    }

    /**
     * Returns why the service fits, such as {@code delivers shelter_and_housing}.
     *
     * @return at least one reason
     */
    public List<String> getFits() {
        return fits;
    }

    /**
     * Returns what collides with the person's situation, such as {@code requires_sobriety, against a
     * harm-reduction priority}; a service with collisions ranks below every service with fewer.
     *
     * @return the collisions; empty when none
     */
    public List<String> getCollisions() {
        return collisions;
    }

    /**
     * Returns the other reasons it might not fit, such as {@code a waitlist of about 10 days}.
     *
     * @return the concerns
     */
    public List<String> getConcerns() {
        return concerns;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ServiceMatch)) {
            return false;
        }
        ServiceMatch m = (ServiceMatch) o;
        return service.equals(m.service)
                && personsChoice == m.personsChoice
                && score == m.score
                && fits.equals(m.fits)
                && collisions.equals(m.collisions)
                && concerns.equals(m.concerns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, personsChoice, score, fits, collisions, concerns);
    }

    @Override
    public String toString() {
        return service.getId() + " (" + score + "): fits " + fits + "; collisions " + collisions + "; concerns "
                + concerns;
    }
}
