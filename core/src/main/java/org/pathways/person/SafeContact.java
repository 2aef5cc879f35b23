package org.pathways.person;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.pathways.SensitiveText;
import org.pathways.internal.Checks;

/**
 * How and when the person may be reached safely. Every referral and accompaniment in the plan
 * inherits it: whoever contacts the person follows these rules.
 *
 * <pre>{@code
 * SafeContact contact = SafeContact.builder()
 *         .addChannels(ContactChannel.TEXT_MESSAGE, ContactChannel.THROUGH_CASE_WORKER)
 *         .addNeverUse(ContactChannel.PHONE_CALL)
 *         .safeTimes(SensitiveText.of("weekdays between 10 and 2"))
 *         .codeWord(SensitiveText.of("blueberry"))
 *         .build();
 * }</pre>
 *
 * <p>The defaults are the cautious ones: no channel is safe until the person names one, and no
 * message may be left. {@link #none()} is the person who has not said yet.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SafeContact {
    SafeContact() {}

    private static final SafeContact NONE = builder().build();

    /**
     * Returns a new builder.
     *
     * @return a builder with the cautious defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the safe contact of a person who has named no safe channel yet.
     *
     * @return no safe channels, no message to be left
     */
    public static SafeContact none() {
        return NONE;
    }

    /**
     * Returns the channels that are safe to use, the person's preferred first.
     *
     * @return the channels, without repeats; empty when none has been named
     */
    @NotNull
    public abstract List<ContactChannel> getChannels();

    /**
     * Returns the channels that must never be used, whatever the urgency.
     *
     * @return the channels, in the order of {@link ContactChannel}
     */
    @NotNull
    public abstract Set<ContactChannel> getNeverUse();

    /**
     * Returns when contact is safe, in the person's words.
     *
     * @return the safe times, sensitive; empty when not said
     */
    public abstract Optional<SensitiveText> getSafeTimes();

    /**
     * Asks whether the person asked not to be contacted at all; they will reach out.
     *
     * @return true when no one may initiate contact
     */
    @Value.Default
    public boolean isDoNotContact() {
        return false;
    }

    /**
     * Asks whether a message may be left (voicemail, a note with someone else).
     *
     * @return true only when the person said so
     */
    @Value.Default
    public boolean isMessageAllowed() {
        return false;
    }

    /**
     * Returns a code word the person uses to signal that they cannot talk, or that they are safe.
     *
     * @return the code word, sensitive; empty when none
     */
    public abstract Optional<SensitiveText> getCodeWord();

    /**
     * Returns the contact details themselves (a number, an address), in the person's words.
     *
     * @return the details, sensitive; empty when none
     */
    public abstract Optional<SensitiveText> getDetails();

    @Value.Check
    void check() {
        List<ContactChannel> channels = getChannels();
        if (channels.stream().distinct().count() != channels.size()) {
            Checks.fail("safeContact.channels", "a channel appears more than once");
        }
        for (ContactChannel c : channels) {
            if (getNeverUse().contains(c)) {
                Checks.fail("safeContact.channels", "'" + c.getCode() + "' is both safe and never to be used");
            }
        }
        if (isDoNotContact() && !channels.isEmpty()) {
            Checks.fail("safeContact.channels", "must be empty when the person asked not to be contacted");
        }
    }

    /** Builds a {@link SafeContact}; {@code build()} checks every invariant. */
    public static final class Builder extends ImmutableSafeContact.Builder {
        Builder() {}
    }
}
