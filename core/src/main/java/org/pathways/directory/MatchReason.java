package org.pathways.directory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a service fits a person's priority or step, or might not: a stable
 * {@linkplain #getCode() code}, its {@linkplain #getArguments() arguments} by name, and an English
 * {@linkplain #getText() text}, such as {@code waitlist {wait_days=10}}, "a waitlist of about 10 days".
 * The arguments are codes, identifiers, language tags, community names, numbers and dates, never a
 * confidential address or the person's words.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class MatchReason {
    private final MatchCode code;
    private final Map<String, String> arguments;
    private final String text;

    private MatchReason(MatchCode code, Map<String, String> arguments, String text) {
        this.code = code;
        this.arguments = arguments;
        this.text = text;
    }

    /** A reason whose arguments are given as values, in the order its code names them. */
    static MatchReason of(MatchCode code, String text, String... values) {
        List<String> names = code.getArguments();
        if (names.size() != values.length) {
            throw new IllegalArgumentException(code.getCode() + " takes " + names);
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            arguments.put(names.get(i), Objects.requireNonNull(values[i], names.get(i)));
        }
        return new MatchReason(code, Collections.unmodifiableMap(arguments), text);
    }

    /**
     * Returns the stable code of the reason.
     *
     * @return the code, such as {@link MatchCode#WAITLIST}
     */
    public MatchCode getCode() {
        return code;
    }

    /**
     * Returns how the reason weighs: a fit, a concern or a collision.
     *
     * @return the code's strength
     */
    public MatchCode.Strength getStrength() {
        return code.getStrength();
    }

    /**
     * Returns the values the reason is made of, by the names its code lists, in order; a list is its
     * elements separated by {@code ,}.
     *
     * @return the arguments, such as {@code {wait_days=10}}
     */
    public Map<String, String> getArguments() {
        return arguments;
    }

    /**
     * Returns the reason in English, for logs and for people who read English.
     *
     * @return the text, such as {@code a waitlist of about 10 days}
     */
    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MatchReason r && r.code == code && r.arguments.equals(arguments) && r.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, arguments, text);
    }

    @Override
    public String toString() {
        return code.getCode() + " " + arguments;
    }
}
