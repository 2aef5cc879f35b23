package org.pathways;

import java.util.Objects;

/**
 * A piece of the person's own words, a name, or a free-text note: text that must never reach a log.
 *
 * <p>{@code toString()} never shows the content, so neither a log line, a debugger's summary nor an
 * exception message built from a plan can leak it:
 *
 * <pre>{@code
 * SensitiveText statement = SensitiveText.of("I want my son home with me");
 * statement.toString(); // "SensitiveText[redacted]"
 * statement.reveal();   // "I want my son home with me"
 * }</pre>
 *
 * <p>The content is read with {@link #reveal()}, a name chosen so that every place that shows it is
 * easy to find in a code review. Two instances are equal when their content is equal.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SensitiveText {
    /** The longest text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

    private final String content;

    private SensitiveText(String content) {
        this.content = content;
    }

    /**
     * Wraps a piece of sensitive text, kept verbatim.
     *
     * @param content the text, such as a priority in the person's own words; not blank, at most
     *     {@link #MAX_LENGTH} characters
     * @return the sensitive text
     * @throws NullPointerException if content is null
     * @throws InvalidPlanException if content is blank or too long; the message does not quote it
     */
    public static SensitiveText of(String content) {
        Objects.requireNonNull(content, "content");
        if (content.isBlank()) {
            throw new InvalidPlanException("text", "must not be blank");
        }
        if (content.length() > MAX_LENGTH) {
            throw new InvalidPlanException(
                    "text", "is " + content.length() + " characters long, more than " + MAX_LENGTH);
        }
        return new SensitiveText(content);
    }

    /**
     * Returns the content. Call it only where the text is meant to be shown or stored.
     *
     * @return the content, verbatim
     */
    public String reveal() {
        return content;
    }

    /**
     * Returns the length of the content in characters.
     *
     * @return the length, at least 1
     */
    public int length() {
        return content.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SensitiveText && ((SensitiveText) other).content.equals(content);
    }

    @Override
    public int hashCode() {
        return content.hashCode();
    }

    /**
     * Returns {@code SensitiveText[redacted]}, never the content.
     *
     * @return a fixed placeholder
     */
    @Override
    public String toString() {
        return "SensitiveText[redacted]";
    }
}
