package org.pathways;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.pathways.internal.base.Strings;

/**
 * Text that an agency or a directory writes, in the form it wrote first and, when it wrote them, in
 * other languages: a service's name and hours, a location's front gate, an organisation's name, a
 * step's description.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("Emergency shelter").with("fr", "Hébergement d'urgence");
 * name.in(Locale.CANADA_FRENCH); // "Hébergement d'urgence"
 * name.in(Locale.CANADA);        // "Emergency shelter"
 * name.getText();                // "Emergency shelter", the text as first written
 * }</pre>
 *
 * <p>The text as first written is the default, in whatever language the agency wrote it; each
 * alternative is the same text written by the agency in another language, keyed by its language tag
 * ({@code fr}, {@code fr-CA}, {@code oj}). The library never translates: a page shows the alternative
 * of its language when there is one and the text as written otherwise. The person's own words (her
 * priorities, her conditions, her name: {@link SensitiveText}) are never held in this type and never
 * given alternatives.
 *
 * <p>Because a step's description may carry what the person told her worker, {@code toString()} never
 * shows the content, only the languages of the alternatives.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class LocalizedText {
    /** The most alternatives a text may have. */
    public static final int MAX_ALTERNATIVES = 8;

    private final String text;
    private final Map<String, String> alternatives;

    private LocalizedText(String text, Map<String, String> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /**
     * Returns a text written in one language.
     *
     * @param text the text; not blank, at most {@link SensitiveText#MAX_LENGTH} characters (each field
     *     that holds it may set a lower limit)
     * @return the text
     * @throws NullPointerException if text is null
     * @throws InvalidPlanException if text is blank or too long; the message does not quote it
     */
    public static LocalizedText of(String text) {
        return new LocalizedText(checked("text", text), Map.of());
    }

    /**
     * Returns a text with its alternatives in other languages.
     *
     * @param text the text as first written
     * @param alternatives the same text in other languages, by language tag such as {@code fr}; at
     *     most {@link #MAX_ALTERNATIVES}
     * @return the text
     * @throws InvalidPlanException if a text is blank or too long, a tag is not a language tag, or
     *     there are too many alternatives
     */
    public static LocalizedText of(String text, Map<String, String> alternatives) {
        Objects.requireNonNull(alternatives, "alternatives");
        String checked = checked("text", text);
        if (alternatives.size() > MAX_ALTERNATIVES) {
            throw new InvalidPlanException(
                    "text.alternatives", alternatives.size() + " alternatives, more than " + MAX_ALTERNATIVES);
        }
        Map<String, String> out = new TreeMap<>();
        alternatives.forEach((tag, alternative) -> {
            Objects.requireNonNull(tag, "tag");
            Strings.languageTagProblem(tag).ifPresent(problem -> {
                throw new InvalidPlanException("text.alternatives", problem);
            });
            out.put(tag, checked("text.alternatives", alternative));
        });
        return new LocalizedText(checked, Collections.unmodifiableMap(out));
    }

    /**
     * Returns a copy with the text in one more language, or with that language's text replaced.
     *
     * @param languageTag the language, such as {@code fr}
     * @param alternative the text in that language
     * @return the changed copy
     * @throws InvalidPlanException as {@link #of(String, Map)}
     */
    public LocalizedText with(String languageTag, String alternative) {
        Map<String, String> out = new TreeMap<>(alternatives);
        out.put(Objects.requireNonNull(languageTag, "languageTag"), alternative);
        return of(text, out);
    }

    /**
     * Returns the text as it was first written.
     *
     * @return the default text
     */
    public String getText() {
        return text;
    }

    /**
     * Returns the text in other languages, by language tag.
     *
     * @return the alternatives, sorted by tag; empty when the text was written in one language
     */
    public Map<String, String> getAlternatives() {
        return alternatives;
    }

    /**
     * Returns the text for a reader: the alternative whose tag is the locale's, else the first whose
     * language is the locale's, else the text as first written.
     *
     * @param locale the reader's locale, such as {@code Locale.CANADA_FRENCH}
     * @return the text to show
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (alternatives.isEmpty()) {
            return text;
        }
        String exact = alternatives.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        String language = locale.getLanguage();
        String same = alternatives.get(language);
        if (same != null) {
            return same;
        }
        for (Map.Entry<String, String> a : alternatives.entrySet()) {
            if (a.getKey().startsWith(language + "-")) {
                return a.getValue();
            }
        }
        return text;
    }

    /**
     * Returns the length of the longest of the texts, for the limit of the field that holds it.
     *
     * @return the length in characters, at least 1
     */
    public int length() {
        int max = text.length();
        for (String a : alternatives.values()) {
            max = Math.max(max, a.length());
        }
        return max;
    }

    private static String checked(String field, String text) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new InvalidPlanException(field, "must not be blank");
        }
        if (text.length() > SensitiveText.MAX_LENGTH) {
            throw new InvalidPlanException(
                    field, "is " + text.length() + " characters long, more than " + SensitiveText.MAX_LENGTH);
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText t && t.text.equals(text) && t.alternatives.equals(alternatives);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + alternatives.hashCode();
    }

    /**
     * Returns {@code LocalizedText[redacted]} and the languages of its alternatives, never the content.
     *
     * @return such as {@code LocalizedText[redacted, fr]}
     */
    @Override
    public String toString() {
        return "LocalizedText[redacted"
                + (alternatives.isEmpty() ? "" : ", " + String.join(", ", alternatives.keySet())) + "]";
    }
}
